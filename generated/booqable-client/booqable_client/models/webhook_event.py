from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class WebhookEvent(StrEnum):
    APP_CONFIGURED = "app.configured"
    APP_INSTALLED = "app.installed"
    APP_PLAN_CHANGED = "app.plan_changed"
    APP_UNINSTALLED = "app.uninstalled"
    BUNDLE_ARCHIVED = "bundle.archived"
    BUNDLE_CREATED = "bundle.created"
    BUNDLE_ITEM_ARCHIVED = "bundle_item.archived"
    BUNDLE_ITEM_CREATED = "bundle_item.created"
    BUNDLE_ITEM_UPDATED = "bundle_item.updated"
    BUNDLE_UPDATED = "bundle.updated"
    CART_COMPLETED_CHECKOUT = "cart.completed_checkout"
    COMPANY_DESTROYED = "company.destroyed"
    COMPANY_UPDATED = "company.updated"
    CONTRACT_ARCHIVED = "contract.archived"
    CONTRACT_CONFIRMED = "contract.confirmed"
    CONTRACT_CREATED = "contract.created"
    CONTRACT_SIGNED = "contract.signed"
    CONTRACT_UPDATED = "contract.updated"
    CUSTOMER_ARCHIVED = "customer.archived"
    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_UPDATED = "customer.updated"
    INVOICE_ARCHIVED = "invoice.archived"
    INVOICE_CREATED = "invoice.created"
    INVOICE_FINALIZED = "invoice.finalized"
    INVOICE_REVISED = "invoice.revised"
    INVOICE_UPDATED = "invoice.updated"
    ORDER_ARCHIVED = "order.archived"
    ORDER_CANCELED = "order.canceled"
    ORDER_RESERVED = "order.reserved"
    ORDER_REVERTED = "order.reverted"
    ORDER_SAVED_AS_DRAFT = "order.saved_as_draft"
    ORDER_STARTED = "order.started"
    ORDER_STOPPED = "order.stopped"
    ORDER_UPDATED = "order.updated"
    PAYMENT_COMPLETED = "payment.completed"
    PRODUCT_CREATED = "product.created"
    PRODUCT_GROUP_ARCHIVED = "product_group.archived"
    PRODUCT_GROUP_CREATED = "product_group.created"
    PRODUCT_GROUP_UPDATED = "product_group.updated"
    QUOTE_ARCHIVED = "quote.archived"
    QUOTE_CONFIRMED = "quote.confirmed"
    QUOTE_CREATED = "quote.created"
    QUOTE_SIGNED = "quote.signed"
    QUOTE_UPDATED = "quote.updated"

    _by__value: ClassVar[dict[str, WebhookEvent]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WebhookEvent | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


WebhookEvent._by__value = {member.value: member for member in WebhookEvent}
