from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInvitationAttributes")


@_attrs_define
class UserInvitationAttributes:
    """Attributes of an user invitation as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            user_id (UUID | Unset): ID of the related user.
    """

    user_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: str | Unset = UNSET
        if not isinstance(self.user_id, Unset):
            user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (UserInvitationAttributes)", src_dict)
        d = dict(src_dict)
        _user_id = d.pop("user_id", UNSET)
        user_id: UUID | Unset = UNSET
        if _user_id is not UNSET:
            try:
                user_id = UUID(_user_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _user_id, "user_id") from None

        user_invitation_attributes = cls(
            user_id=user_id,
        )

        user_invitation_attributes.additional_properties = d
        return user_invitation_attributes

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
