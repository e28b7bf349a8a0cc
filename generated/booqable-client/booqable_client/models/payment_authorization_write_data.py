from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.payment_authorization_resource_type import PaymentAuthorizationResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_authorization_write_attributes import PaymentAuthorizationWriteAttributes

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, PaymentAuthorizationWriteAttributes  # noqa: PLW0603
    from ..models.payment_authorization_write_attributes import PaymentAuthorizationWriteAttributes  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="PaymentAuthorizationWriteData")


@_attrs_define
class PaymentAuthorizationWriteData:
    """The payment authorization in a create or update body.

    Attributes:
        type_ (PaymentAuthorizationResourceType): JSON:API type of the record.
        attributes (PaymentAuthorizationWriteAttributes): Attributes that can be sent when creating or updating a
            payment authorization.
        id (UUID | Unset): ID of the record (updates only).
    """

    type_: PaymentAuthorizationResourceType
    attributes: PaymentAuthorizationWriteAttributes
    id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        type_ = self.type_.value

        attributes = self.attributes.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PaymentAuthorizationWriteData)", src_dict)
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        if isinstance(_type_, str):
            type_ = PaymentAuthorizationResourceType(_type_)
        else:
            raise FieldError("string (PaymentAuthorizationResourceType)", _type_, "type")

        try:
            attributes = PaymentAuthorizationWriteAttributes.from_dict(d.pop("attributes", UNSET))
        except FieldError as field__error:
            field__error.segments.append("attributes")
            raise

        _id = d.pop("id", UNSET)
        id: UUID | Unset = UNSET
        if _id is not UNSET:
            try:
                id = UUID(_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _id, "id") from None

        payment_authorization_write_data = cls(
            type_=type_,
            attributes=attributes,
            id=id,
        )

        payment_authorization_write_data.additional_properties = d
        return payment_authorization_write_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
