"""The resource-oriented client of the Booqable API: ``Booqable`` (sync) and ``AsyncBooqable``.

``connect(...)`` returns a ``Booqable``; ``with connect(...) as client`` gives it, ``async with connect(...) as
client`` gives its async twin. Each namespace (``client.<resource>``) calls the generated operation modules under
``api/``: methods return the success model and raise a typed ``ApiError`` otherwise; paginated operations return
typed paginators. Operation modules are imported on a method's first call, so importing this module stays cheap.
Written by the pipeline (specs/_pipeline/resources.py) from the spec; do not edit. Reference: api.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, overload

from attrs import define

from .lib._client import ApiClient
from .lib._lazy import lazy_modules, loaded
from .lib._namespaces import AsyncNamespace, Namespace, given, twin
from .types import UNSET

if TYPE_CHECKING:
    from types import ModuleType
    from uuid import UUID

    from .api.bundles import archive_bundle as archive_bundle
    from .api.bundles import create_bundle as create_bundle
    from .api.bundles import get_bundle as get_bundle
    from .api.bundles import list_bundles as list_bundles
    from .api.bundles import search_bundles as search_bundles
    from .api.bundles import update_bundle as update_bundle
    from .api.customers import archive_customer as archive_customer
    from .api.customers import create_customer as create_customer
    from .api.customers import get_customer as get_customer
    from .api.customers import list_customers as list_customers
    from .api.customers import search_customers as search_customers
    from .api.customers import update_customer as update_customer
    from .api.items import get_item as get_item
    from .api.items import list_items as list_items
    from .api.items import search_items as search_items
    from .api.lines import archive_line as archive_line
    from .api.lines import create_line as create_line
    from .api.lines import get_line as get_line
    from .api.lines import list_lines as list_lines
    from .api.lines import update_line as update_line
    from .api.locations import archive_location as archive_location
    from .api.locations import create_location as create_location
    from .api.locations import get_location as get_location
    from .api.locations import list_locations as list_locations
    from .api.locations import update_location as update_location
    from .api.orders import create_order as create_order
    from .api.orders import get_order as get_order
    from .api.orders import list_orders as list_orders
    from .api.orders import new_order as new_order
    from .api.orders import search_orders as search_orders
    from .api.orders import update_order as update_order
    from .api.plannings import get_planning as get_planning
    from .api.plannings import list_plannings as list_plannings
    from .api.plannings import search_plannings as search_plannings
    from .api.price_tiles import create_price_tile as create_price_tile
    from .api.price_tiles import delete_price_tile as delete_price_tile
    from .api.price_tiles import get_price_tile as get_price_tile
    from .api.price_tiles import list_price_tiles as list_price_tiles
    from .api.price_tiles import update_price_tile as update_price_tile
    from .api.products import archive_product as archive_product
    from .api.products import create_product as create_product
    from .api.products import get_product as get_product
    from .api.products import list_products as list_products
    from .api.products import search_products as search_products
    from .api.products import update_product as update_product
    from .api.stock_item_plannings import list_stock_item_plannings as list_stock_item_plannings
    from .api.stock_items import create_stock_item as create_stock_item
    from .api.stock_items import get_stock_item as get_stock_item
    from .api.stock_items import list_stock_items as list_stock_items
    from .api.stock_items import update_stock_item as update_stock_item
    from .client import AuthenticatedClient, Client
    from .lib import _pagination
    from .lib._pagination import AsyncPaginator, Paginator
    from .models.bundle import Bundle
    from .models.bundle_filter import BundleFilter
    from .models.bundle_list_response import BundleListResponse
    from .models.bundle_response import BundleResponse
    from .models.bundle_search_request import BundleSearchRequest
    from .models.bundle_stats_request import BundleStatsRequest
    from .models.bundle_write_request import BundleWriteRequest
    from .models.customer import Customer
    from .models.customer_filter import CustomerFilter
    from .models.customer_list_response import CustomerListResponse
    from .models.customer_response import CustomerResponse
    from .models.customer_search_request import CustomerSearchRequest
    from .models.customer_stats_request import CustomerStatsRequest
    from .models.customer_write_request import CustomerWriteRequest
    from .models.error_document import ErrorDocument
    from .models.item_filter import ItemFilter
    from .models.item_list_response import ItemListResponse
    from .models.item_response import ItemResponse
    from .models.item_search_request import ItemSearchRequest
    from .models.item_stats_request import ItemStatsRequest
    from .models.line import Line
    from .models.line_filter import LineFilter
    from .models.line_list_response import LineListResponse
    from .models.line_response import LineResponse
    from .models.line_stats_request import LineStatsRequest
    from .models.line_write_request import LineWriteRequest
    from .models.location import Location
    from .models.location_filter import LocationFilter
    from .models.location_list_response import LocationListResponse
    from .models.location_response import LocationResponse
    from .models.location_stats_request import LocationStatsRequest
    from .models.location_write_request import LocationWriteRequest
    from .models.order import Order
    from .models.order_filter import OrderFilter
    from .models.order_list_response import OrderListResponse
    from .models.order_response import OrderResponse
    from .models.order_search_request import OrderSearchRequest
    from .models.order_stats_request import OrderStatsRequest
    from .models.order_write_request import OrderWriteRequest
    from .models.planning import Planning
    from .models.planning_filter import PlanningFilter
    from .models.planning_list_response import PlanningListResponse
    from .models.planning_response import PlanningResponse
    from .models.planning_search_request import PlanningSearchRequest
    from .models.planning_stats_request import PlanningStatsRequest
    from .models.price_tile import PriceTile
    from .models.price_tile_filter import PriceTileFilter
    from .models.price_tile_list_response import PriceTileListResponse
    from .models.price_tile_response import PriceTileResponse
    from .models.price_tile_stats_request import PriceTileStatsRequest
    from .models.price_tile_write_request import PriceTileWriteRequest
    from .models.product import Product
    from .models.product_filter import ProductFilter
    from .models.product_group import ProductGroup
    from .models.product_list_response import ProductListResponse
    from .models.product_response import ProductResponse
    from .models.product_search_request import ProductSearchRequest
    from .models.product_stats_request import ProductStatsRequest
    from .models.product_write_request import ProductWriteRequest
    from .models.sparse_fieldsets import SparseFieldsets
    from .models.stock_item import StockItem
    from .models.stock_item_filter import StockItemFilter
    from .models.stock_item_list_response import StockItemListResponse
    from .models.stock_item_planning import StockItemPlanning
    from .models.stock_item_planning_filter import StockItemPlanningFilter
    from .models.stock_item_planning_list_response import StockItemPlanningListResponse
    from .models.stock_item_planning_stats_request import StockItemPlanningStatsRequest
    from .models.stock_item_response import StockItemResponse
    from .models.stock_item_stats_request import StockItemStatsRequest
    from .models.stock_item_write_request import StockItemWriteRequest
    from .types import Response, Unset
else:  # the operation modules load on a method's first call
    lazy_modules(
        globals(),
        __name__.rsplit(".", 1)[0],
        {
            "archive_bundle": "api.bundles.archive_bundle",
            "archive_customer": "api.customers.archive_customer",
            "archive_line": "api.lines.archive_line",
            "archive_location": "api.locations.archive_location",
            "archive_product": "api.products.archive_product",
            "create_bundle": "api.bundles.create_bundle",
            "create_customer": "api.customers.create_customer",
            "create_line": "api.lines.create_line",
            "create_location": "api.locations.create_location",
            "create_order": "api.orders.create_order",
            "create_price_tile": "api.price_tiles.create_price_tile",
            "create_product": "api.products.create_product",
            "create_stock_item": "api.stock_items.create_stock_item",
            "delete_price_tile": "api.price_tiles.delete_price_tile",
            "get_bundle": "api.bundles.get_bundle",
            "get_customer": "api.customers.get_customer",
            "get_item": "api.items.get_item",
            "get_line": "api.lines.get_line",
            "get_location": "api.locations.get_location",
            "get_order": "api.orders.get_order",
            "get_planning": "api.plannings.get_planning",
            "get_price_tile": "api.price_tiles.get_price_tile",
            "get_product": "api.products.get_product",
            "get_stock_item": "api.stock_items.get_stock_item",
            "list_bundles": "api.bundles.list_bundles",
            "list_customers": "api.customers.list_customers",
            "list_items": "api.items.list_items",
            "list_lines": "api.lines.list_lines",
            "list_locations": "api.locations.list_locations",
            "list_orders": "api.orders.list_orders",
            "list_plannings": "api.plannings.list_plannings",
            "list_price_tiles": "api.price_tiles.list_price_tiles",
            "list_products": "api.products.list_products",
            "list_stock_item_plannings": "api.stock_item_plannings.list_stock_item_plannings",
            "list_stock_items": "api.stock_items.list_stock_items",
            "new_order": "api.orders.new_order",
            "search_bundles": "api.bundles.search_bundles",
            "search_customers": "api.customers.search_customers",
            "search_items": "api.items.search_items",
            "search_orders": "api.orders.search_orders",
            "search_plannings": "api.plannings.search_plannings",
            "search_products": "api.products.search_products",
            "update_bundle": "api.bundles.update_bundle",
            "update_customer": "api.customers.update_customer",
            "update_line": "api.lines.update_line",
            "update_location": "api.locations.update_location",
            "update_order": "api.orders.update_order",
            "update_price_tile": "api.price_tiles.update_price_tile",
            "update_product": "api.products.update_product",
            "update_stock_item": "api.stock_items.update_stock_item",
            "_pagination": "lib._pagination",
        },
    )

__all__ = ["AsyncBooqable", "Booqable"]

METHODS: dict[str, str] = {
    "archiveBundle": "bundles.archive",
    "archiveCustomer": "customers.archive",
    "archiveLine": "lines.archive",
    "archiveLocation": "locations.archive",
    "archiveProduct": "products.archive",
    "createBundle": "bundles.create",
    "createCustomer": "customers.create",
    "createLine": "lines.create",
    "createLocation": "locations.create",
    "createOrder": "orders.create",
    "createPriceTile": "price_tiles.create",
    "createProduct": "products.create",
    "createStockItem": "stock_items.create",
    "deletePriceTile": "price_tiles.delete",
    "getBundle": "bundles.get",
    "getCustomer": "customers.get",
    "getItem": "items.get",
    "getLine": "lines.get",
    "getLocation": "locations.get",
    "getOrder": "orders.get",
    "getPlanning": "plannings.get",
    "getPriceTile": "price_tiles.get",
    "getProduct": "products.get",
    "getStockItem": "stock_items.get",
    "listBundles": "bundles.list",
    "listCustomers": "customers.list",
    "listItems": "items.list",
    "listLines": "lines.list",
    "listLocations": "locations.list",
    "listOrders": "orders.list",
    "listPlannings": "plannings.list",
    "listPriceTiles": "price_tiles.list",
    "listProducts": "products.list",
    "listStockItemPlannings": "stock_item_plannings.list",
    "listStockItems": "stock_items.list",
    "newOrder": "orders.new",
    "searchBundles": "bundles.search",
    "searchCustomers": "customers.search",
    "searchItems": "items.search",
    "searchOrders": "orders.search",
    "searchPlannings": "plannings.search",
    "searchProducts": "products.search",
    "updateBundle": "bundles.update",
    "updateCustomer": "customers.update",
    "updateLine": "lines.update",
    "updateLocation": "locations.update",
    "updateOrder": "orders.update",
    "updatePriceTile": "price_tiles.update",
    "updateProduct": "products.update",
    "updateStockItem": "stock_items.update",
}
"""operationId -> ``<namespace>.<method>`` of the resource clients."""


class BundlesResource(Namespace):
    """``client.bundles``: Sets of products rented together."""

    __slots__ = ()

    def archive(self, id: str | UUID, *, fields: SparseFieldsets | Unset = UNSET) -> BundleResponse:
        """Archive a bundle

        Archives the bundle (it stays readable with `archived: true`) and returns it.

        ``DELETE /bundles/{id}`` (operation ``archiveBundle``).

        Args:
            id (str | UUID):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            BundleResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return archive_bundle.sync(id=id, fields=fields, client=self._client)

    def create(
        self, *, body: BundleWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> BundleResponse:
        """Create a bundle

        Creates a bundle and returns it. Relationships accepted by `include`: `bundle_items`,
        `bundle_items.product`, `bundle_items.product.photo`, `bundle_items.product_group`,
        `bundle_items.product_group.photo`, `photo`, `tax_category`.

        ``POST /bundles`` (operation ``createBundle``).

        Args:
            body (BundleWriteRequest): Body for creating or updating a bundle.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            BundleResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return create_bundle.sync(body=body, include=include, fields=fields, client=self._client)

    def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> BundleResponse:
        """Fetch a bundle

        Returns one bundle by ID. Relationships accepted by `include`: `bundle_items`,
        `bundle_items.product`, `bundle_items.product.photo`, `bundle_items.product_group`,
        `bundle_items.product_group.photo`, `bundle_items.product_group.products`,
        `bundle_items.product_group.products.photo`, `photo`, `tax_category`.

        ``GET /bundles/{id}`` (operation ``getBundle``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            BundleResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_bundle.sync(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: BundleFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: BundleStatsRequest | Unset = UNSET,
        meta: BundleStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Bundle]:
        """List bundles

        Returns one page of bundles. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `inventory_levels`, `photo`.

        ``GET /bundles`` (operation ``listBundles``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (BundleFilter | Unset): Filters for bundles: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (BundleStatsRequest | Unset): Aggregations to compute over all matching bundles (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            meta (BundleStatsRequest | Unset): Aggregations to compute over all matching bundles (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Bundle]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_bundles),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def search(
        self,
        *,
        body: BundleSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: BundleFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: BundleStatsRequest | Unset = UNSET,
        meta: BundleStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Bundle]:
        """Search bundles

        Like listing bundles, but the body carries nested and/or groups of attribute conditions. Only reads
        data, so it is safe to retry. Relationships accepted by `include`: `inventory_levels`, `photo`.

        ``POST /bundles/search`` (operation ``searchBundles``).

        Args:
            body (BundleSearchRequest): Body of a bundle search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (BundleFilter | Unset): Filters for bundles: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (BundleStatsRequest | Unset): Aggregations to compute over all matching bundles (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            meta (BundleStatsRequest | Unset): Aggregations to compute over all matching bundles (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Bundle]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(search_bundles),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def update(
        self,
        id: str | UUID,
        *,
        body: BundleWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> BundleResponse:
        """Update a bundle

        Changes the attributes that are sent and returns the updated bundle. Relationships accepted by
        `include`: `bundle_items`, `bundle_items.product`, `bundle_items.product.photo`,
        `bundle_items.product_group`, `bundle_items.product_group.photo`, `photo`, `tax_category`.

        ``PUT /bundles/{id}`` (operation ``updateBundle``).

        Args:
            id (str | UUID):
            body (BundleWriteRequest): Body for creating or updating a bundle.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            BundleResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return update_bundle.sync(id=id, body=body, include=include, fields=fields, client=self._client)


class CustomersResource(Namespace):
    """``client.customers``: People and companies who rent."""

    __slots__ = ()

    def archive(self, id: str | UUID, *, fields: SparseFieldsets | Unset = UNSET) -> CustomerResponse:
        """Archive a customer

        Archives the customer (it stays readable with `archived: true`) and returns it.

        ``DELETE /customers/{id}`` (operation ``archiveCustomer``).

        Args:
            id (str | UUID):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            CustomerResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return archive_customer.sync(id=id, fields=fields, client=self._client)

    def create(
        self, *, body: CustomerWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> CustomerResponse:
        """Create a customer

        Creates a customer and returns it. Relationships accepted by `include`: `barcode`,
        `payment_methods`, `properties`, `tax_region`.

        ``POST /customers`` (operation ``createCustomer``).

        Args:
            body (CustomerWriteRequest): Body for creating or updating a customer.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            CustomerResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return create_customer.sync(body=body, include=include, fields=fields, client=self._client)

    def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> CustomerResponse:
        """Fetch a customer

        Returns one customer by ID. Relationships accepted by `include`: `barcode`, `payment_methods`,
        `properties`, `tax_region`.

        ``GET /customers/{id}`` (operation ``getCustomer``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            CustomerResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_customer.sync(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: CustomerFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: CustomerStatsRequest | Unset = UNSET,
        meta: CustomerStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Customer]:
        """List customers

        Returns one page of customers. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `barcode`, `payment_methods`, `properties`, `tax_region`.

        ``GET /customers`` (operation ``listCustomers``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (CustomerFilter | Unset): Filters for customers: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (CustomerStatsRequest | Unset): Aggregations to compute over all matching customers (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (CustomerStatsRequest | Unset): Aggregations to compute over all matching customers (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Customer]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_customers),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def search(
        self,
        *,
        body: CustomerSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: CustomerFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: CustomerStatsRequest | Unset = UNSET,
        meta: CustomerStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Customer]:
        """Search customers

        Like listing customers, but the body carries nested and/or groups of attribute conditions. Only
        reads data, so it is safe to retry. Relationships accepted by `include`: `barcode`,
        `payment_methods`, `properties`, `tax_region`.

        ``POST /customers/search`` (operation ``searchCustomers``).

        Args:
            body (CustomerSearchRequest): Body of a customer search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (CustomerFilter | Unset): Filters for customers: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (CustomerStatsRequest | Unset): Aggregations to compute over all matching customers (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (CustomerStatsRequest | Unset): Aggregations to compute over all matching customers (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Customer]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(search_customers),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def update(
        self,
        id: str | UUID,
        *,
        body: CustomerWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> CustomerResponse:
        """Update a customer

        Changes the attributes that are sent and returns the updated customer. Relationships accepted by
        `include`: `barcode`, `payment_methods`, `properties`, `tax_region`.

        ``PUT /customers/{id}`` (operation ``updateCustomer``).

        Args:
            id (str | UUID):
            body (CustomerWriteRequest): Body for creating or updating a customer.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            CustomerResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return update_customer.sync(id=id, body=body, include=include, fields=fields, client=self._client)


class ItemsResource(Namespace):
    """``client.items``: Product groups, products and bundles read through one endpoint."""

    __slots__ = ()

    def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> ItemResponse:
        """Fetch a item

        Returns one item by ID. Relationships accepted by `include`: `barcode`, `bundle_items`,
        `collection_items`, `inventory_levels`, `photo`, `properties`.

        ``GET /items/{id}`` (operation ``getItem``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            ItemResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_item.sync(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ItemFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ItemStatsRequest | Unset = UNSET,
        meta: ItemStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Bundle | Product | ProductGroup]:
        """List items

        Returns one page of items. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `barcode`, `bundle_items`, `collection_items`, `inventory_levels`, `photo`, `properties`.

        ``GET /items`` (operation ``listItems``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (ItemFilter | Unset): Filters for items: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (ItemStatsRequest | Unset): Aggregations to compute over all matching items (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            meta (ItemStatsRequest | Unset): Aggregations to compute over all matching items (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Bundle | Product | ProductGroup]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_items),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def search(
        self,
        *,
        body: ItemSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ItemFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ItemStatsRequest | Unset = UNSET,
        meta: ItemStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Bundle | Product | ProductGroup]:
        """Search items

        Like listing items, but the body carries nested and/or groups of attribute conditions. Only reads
        data, so it is safe to retry. Relationships accepted by `include`: `barcode`, `bundle_items`,
        `collection_items`, `inventory_levels`, `photo`, `properties`.

        ``POST /items/search`` (operation ``searchItems``).

        Args:
            body (ItemSearchRequest): Body of a item search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (ItemFilter | Unset): Filters for items: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (ItemStatsRequest | Unset): Aggregations to compute over all matching items (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            meta (ItemStatsRequest | Unset): Aggregations to compute over all matching items (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Bundle | Product | ProductGroup]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(search_items),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )


class LinesResource(Namespace):
    """``client.lines``: The priced rows of an order or document, one per booked item plus custom charges."""

    __slots__ = ()

    def archive(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> LineResponse:
        """Archive a line

        Archives the line (it stays readable with `archived: true`) and returns it. Relationships accepted
        by `include`: `order`, `order.tax_values`, `owner`, `owner.tax_values`, `parent_line`,
        `tax_category`.

        ``DELETE /lines/{id}`` (operation ``archiveLine``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LineResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return archive_line.sync(id=id, include=include, fields=fields, client=self._client)

    def create(
        self, *, body: LineWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> LineResponse:
        """Create a line

        Creates a line and returns it. Relationships accepted by `include`: `nested_lines`,
        `nested_lines.planning`, `order`, `order.tax_values`, `owner`, `owner.tax_values`, `parent_line`,
        `planning`, `planning.item`, `planning.item.photo`, `tax_category`.

        ``POST /lines`` (operation ``createLine``).

        Args:
            body (LineWriteRequest): Body for creating or updating a line.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LineResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return create_line.sync(body=body, include=include, fields=fields, client=self._client)

    def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> LineResponse:
        """Fetch a line

        Returns one line by ID. Relationships accepted by `include`: `nested_lines`,
        `nested_lines.planning`, `order`, `order.tax_values`, `owner`, `owner.tax_values`, `parent_line`,
        `planning`, `planning.item`, `planning.item.photo`, `tax_category`.

        ``GET /lines/{id}`` (operation ``getLine``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LineResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_line.sync(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: LineFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: LineStatsRequest | Unset = UNSET,
        meta: LineStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Line]:
        """List lines

        Returns one page of lines. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `order`, `owner`, `planning`, `planning.item`, `planning.item.photo`, `tax_category`.

        ``GET /lines`` (operation ``listLines``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (LineFilter | Unset): Filters for lines: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (LineStatsRequest | Unset): Aggregations to compute over all matching lines (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            meta (LineStatsRequest | Unset): Aggregations to compute over all matching lines (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Line]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_lines),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def update(
        self,
        id: str | UUID,
        *,
        body: LineWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> LineResponse:
        """Update a line

        Changes the attributes that are sent and returns the updated line. Relationships accepted by
        `include`: `nested_lines`, `nested_lines.planning`, `order`, `order.tax_values`, `owner`,
        `owner.tax_values`, `parent_line`, `planning`, `planning.item`, `planning.item.photo`,
        `tax_category`.

        ``PUT /lines/{id}`` (operation ``updateLine``).

        Args:
            id (str | UUID):
            body (LineWriteRequest): Body for creating or updating a line.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LineResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return update_line.sync(id=id, body=body, include=include, fields=fields, client=self._client)


class LocationsResource(Namespace):
    """``client.locations``: Stores and warehouses where rentals start and end."""

    __slots__ = ()

    def archive(self, id: str | UUID, *, fields: SparseFieldsets | Unset = UNSET) -> LocationResponse:
        """Archive a location

        Archives the location (it stays readable with `archived: true`) and returns it.

        ``DELETE /locations/{id}`` (operation ``archiveLocation``).

        Args:
            id (str | UUID):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LocationResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return archive_location.sync(id=id, fields=fields, client=self._client)

    def create(
        self, *, body: LocationWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> LocationResponse:
        """Create a location

        Creates a location and returns it. Relationships accepted by `include`: `carriers`, `clusters`.

        ``POST /locations`` (operation ``createLocation``).

        Args:
            body (LocationWriteRequest): Body for creating or updating a location.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LocationResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return create_location.sync(body=body, include=include, fields=fields, client=self._client)

    def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> LocationResponse:
        """Fetch a location

        Returns one location by ID. Relationships accepted by `include`: `carriers`, `clusters`.

        ``GET /locations/{id}`` (operation ``getLocation``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LocationResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_location.sync(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: LocationFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: LocationStatsRequest | Unset = UNSET,
        meta: LocationStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Location]:
        """List locations

        Returns one page of locations. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `carriers`, `clusters`.

        ``GET /locations`` (operation ``listLocations``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (LocationFilter | Unset): Filters for locations: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (LocationStatsRequest | Unset): Aggregations to compute over all matching locations (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (LocationStatsRequest | Unset): Aggregations to compute over all matching locations (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Location]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_locations),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def update(
        self,
        id: str | UUID,
        *,
        body: LocationWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> LocationResponse:
        """Update a location

        Changes the attributes that are sent and returns the updated location. Relationships accepted by
        `include`: `carriers`, `clusters`.

        ``PUT /locations/{id}`` (operation ``updateLocation``).

        Args:
            id (str | UUID):
            body (LocationWriteRequest): Body for creating or updating a location.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LocationResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return update_location.sync(id=id, body=body, include=include, fields=fields, client=self._client)


class OrdersResource(Namespace):
    """``client.orders``: Rental orders: period, customer, locations, status and money totals."""

    __slots__ = ()

    def create(
        self, *, body: OrderWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> OrderResponse:
        """Create a order

        Creates a order and returns it. Relationships accepted by `include`: `barcode`, `coupon`,
        `customer`, `customer.merge_suggestion_customer`, `customer.payment_methods`, `customer.properties`,
        `documents`, `lines`, `lines.item`, `lines.item.barcode`, `lines.item.bundle_items`,
        `lines.item.photo`, `lines.item.properties`, `lines.planning`,
        `lines.planning.stock_item_plannings`, `lines.planning.stock_item_plannings.stock_item`,
        `lines.planning.stock_item_plannings.stock_item.barcode`, `lines.tax_category`, `notes`,
        `order_delivery_rate`, `payments`, `payments.payment_method`, `properties`, `start_location`,
        `stop_location`, `tax_region`, `tax_values`.

        ``POST /orders`` (operation ``createOrder``).

        Args:
            body (OrderWriteRequest): Body for creating or updating a order.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            OrderResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return create_order.sync(body=body, include=include, fields=fields, client=self._client)

    def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> OrderResponse:
        """Fetch a order

        Returns one order by ID. Relationships accepted by `include`: `barcode`, `coupon`, `customer`,
        `customer.merge_suggestion_customer`, `customer.payment_methods`, `customer.properties`,
        `documents`, `lines`, `lines.item`, `lines.item.barcode`, `lines.item.bundle_items`,
        `lines.item.photo`, `lines.item.properties`, `lines.planning`,
        `lines.planning.stock_item_plannings`, `lines.planning.stock_item_plannings.stock_item`,
        `lines.planning.stock_item_plannings.stock_item.barcode`, `lines.tax_category`, `notes`,
        `order_delivery_rate`, `payments`, `payments.payment_method`, `properties`, `start_location`,
        `stop_location`, `tax_region`, `tax_values`.

        ``GET /orders/{id}`` (operation ``getOrder``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            OrderResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_order.sync(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: OrderFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: OrderStatsRequest | Unset = UNSET,
        meta: OrderStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Order]:
        """List orders

        Returns one page of orders. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `coupon`, `customer`, `properties`, `start_location`, `stop_location`.

        ``GET /orders`` (operation ``listOrders``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (OrderFilter | Unset): Filters for orders: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (OrderStatsRequest | Unset): Aggregations to compute over all matching orders (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            meta (OrderStatsRequest | Unset): Aggregations to compute over all matching orders (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Order]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_orders),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def new(self, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET) -> OrderResponse:
        """Fetch a new order

        Returns the current employee's unsaved draft order, creating one when there is none. Relationships
        accepted by `include`: `barcode`, `coupon`, `customer`, `customer.merge_suggestion_customer`,
        `customer.payment_methods`, `customer.properties`, `documents`, `lines`, `lines.item`,
        `lines.item.barcode`, `lines.item.bundle_items`, `lines.item.photo`, `lines.item.properties`,
        `lines.planning`, `lines.planning.stock_item_plannings`,
        `lines.planning.stock_item_plannings.stock_item`,
        `lines.planning.stock_item_plannings.stock_item.barcode`, `lines.tax_category`, `notes`,
        `order_delivery_rate`, `payments`, `payments.payment_method`, `properties`, `start_location`,
        `stop_location`, `tax_region`, `tax_values`.

        ``GET /orders/new`` (operation ``newOrder``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            OrderResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return new_order.sync(include=include, fields=fields, client=self._client)

    def search(
        self,
        *,
        body: OrderSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: OrderFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: OrderStatsRequest | Unset = UNSET,
        meta: OrderStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Order]:
        """Search orders

        Like listing orders, but the body carries nested and/or groups of attribute conditions. Only reads
        data, so it is safe to retry. Relationships accepted by `include`: `coupon`, `customer`,
        `properties`, `start_location`, `stop_location`.

        ``POST /orders/search`` (operation ``searchOrders``).

        Args:
            body (OrderSearchRequest): Body of a order search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (OrderFilter | Unset): Filters for orders: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (OrderStatsRequest | Unset): Aggregations to compute over all matching orders (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            meta (OrderStatsRequest | Unset): Aggregations to compute over all matching orders (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Order]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(search_orders),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def update(
        self,
        id: str | UUID,
        *,
        body: OrderWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> OrderResponse:
        """Update a order

        Changes the attributes that are sent and returns the updated order. Relationships accepted by
        `include`: `barcode`, `coupon`, `customer`, `customer.merge_suggestion_customer`,
        `customer.payment_methods`, `customer.properties`, `documents`, `lines`, `lines.item`,
        `lines.item.barcode`, `lines.item.bundle_items`, `lines.item.photo`, `lines.item.properties`,
        `lines.planning`, `lines.planning.stock_item_plannings`,
        `lines.planning.stock_item_plannings.stock_item`,
        `lines.planning.stock_item_plannings.stock_item.barcode`, `lines.tax_category`, `notes`,
        `order_delivery_rate`, `payments`, `payments.payment_method`, `properties`, `start_location`,
        `stop_location`, `tax_region`, `tax_values`.

        ``PUT /orders/{id}`` (operation ``updateOrder``).

        Args:
            id (str | UUID):
            body (OrderWriteRequest): Body for creating or updating a order.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            OrderResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return update_order.sync(id=id, body=body, include=include, fields=fields, client=self._client)


class PlanningsResource(Namespace):
    """``client.plannings``: How many units of a product or bundle are booked for which period, per order
    or downtime.
    """

    __slots__ = ()

    def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> PlanningResponse:
        """Fetch a planning

        Returns one planning by ID. Relationships accepted by `include`: `downtime`, `item`, `item.photo`,
        `nested_plannings`, `order`, `order.customer`, `order_line`, `parent_planning`, `start_location`,
        `stop_location`. Plannings are never written directly: booking items on an order, changing its lines
        or moving its status creates and updates them.

        ``GET /plannings/{id}`` (operation ``getPlanning``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            PlanningResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_planning.sync(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: PlanningFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: PlanningStatsRequest | Unset = UNSET,
        meta: PlanningStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Planning]:
        """List plannings

        Returns one page of plannings. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `downtime`, `item`, `item.photo`, `order`, `order.customer`, `order_line`,
        `start_location`, `stop_location`. Plannings are never written directly: booking items on an order,
        changing its lines or moving its status creates and updates them.

        ``GET /plannings`` (operation ``listPlannings``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (PlanningFilter | Unset): Filters for plannings: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (PlanningStatsRequest | Unset): Aggregations to compute over all matching plannings (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (PlanningStatsRequest | Unset): Aggregations to compute over all matching plannings (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Planning]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_plannings),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def search(
        self,
        *,
        body: PlanningSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: PlanningFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: PlanningStatsRequest | Unset = UNSET,
        meta: PlanningStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Planning]:
        """Search plannings

        Like listing plannings, but the body carries nested and/or groups of attribute conditions. Only
        reads data, so it is safe to retry. Relationships accepted by `include`: `downtime`, `item`,
        `item.photo`, `order`, `order.customer`, `order_line`, `start_location`, `stop_location`. Plannings
        are never written directly: booking items on an order, changing its lines or moving its status
        creates and updates them.

        ``POST /plannings/search`` (operation ``searchPlannings``).

        Args:
            body (PlanningSearchRequest): Body of a planning search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (PlanningFilter | Unset): Filters for plannings: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (PlanningStatsRequest | Unset): Aggregations to compute over all matching plannings (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (PlanningStatsRequest | Unset): Aggregations to compute over all matching plannings (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Planning]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(search_plannings),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )


class PriceTilesResource(Namespace):
    """``client.price_tiles``: Steps of a tiered price structure."""

    __slots__ = ()

    def create(
        self, *, body: PriceTileWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> PriceTileResponse:
        """Create a price tile

        Creates a price tile and returns it. Relationships accepted by `include`: `price_structure`.

        ``POST /price_tiles`` (operation ``createPriceTile``).

        Args:
            body (PriceTileWriteRequest): Body for creating or updating a price tile.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            PriceTileResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return create_price_tile.sync(body=body, include=include, fields=fields, client=self._client)

    def delete(self, id: str | UUID, *, fields: SparseFieldsets | Unset = UNSET) -> PriceTileResponse:
        """Delete a price tile

        Deletes the price tile and returns it as it was.

        ``DELETE /price_tiles/{id}`` (operation ``deletePriceTile``).

        Args:
            id (str | UUID):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            PriceTileResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return delete_price_tile.sync(id=id, fields=fields, client=self._client)

    def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> PriceTileResponse:
        """Fetch a price tile

        Returns one price tile by ID. Relationships accepted by `include`: `price_structure`.

        ``GET /price_tiles/{id}`` (operation ``getPriceTile``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            PriceTileResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_price_tile.sync(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: PriceTileFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: PriceTileStatsRequest | Unset = UNSET,
        meta: PriceTileStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[PriceTile]:
        """List price tiles

        Returns one page of price tiles. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`).

        ``GET /price_tiles`` (operation ``listPriceTiles``).

        Args:
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (PriceTileFilter | Unset): Filters for price tiles: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (PriceTileStatsRequest | Unset): Aggregations to compute over all matching price tiles
                (not just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (PriceTileStatsRequest | Unset): Aggregations to compute over all matching price tiles (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[PriceTile]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_price_tiles),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def update(
        self,
        id: str | UUID,
        *,
        body: PriceTileWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> PriceTileResponse:
        """Update a price tile

        Changes the attributes that are sent and returns the updated price tile. Relationships accepted by
        `include`: `price_structure`.

        ``PUT /price_tiles/{id}`` (operation ``updatePriceTile``).

        Args:
            id (str | UUID):
            body (PriceTileWriteRequest): Body for creating or updating a price tile.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            PriceTileResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return update_price_tile.sync(id=id, body=body, include=include, fields=fields, client=self._client)


class ProductsResource(Namespace):
    """``client.products``: Rentable variations of a product group."""

    __slots__ = ()

    def archive(self, id: str | UUID, *, fields: SparseFieldsets | Unset = UNSET) -> ProductResponse:
        """Archive a product

        Archives the product (it stays readable with `archived: true`) and returns it.

        ``DELETE /products/{id}`` (operation ``archiveProduct``).

        Args:
            id (str | UUID):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            ProductResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return archive_product.sync(id=id, fields=fields, client=self._client)

    def create(
        self, *, body: ProductWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> ProductResponse:
        """Create a product

        Creates a product and returns it. Relationships accepted by `include`: `barcode`,
        `inventory_levels`, `photo`, `price_structure`, `price_structure.price_tiles`, `product_group`,
        `properties`, `tax_category`.

        ``POST /products`` (operation ``createProduct``).

        Args:
            body (ProductWriteRequest): Body for creating or updating a product.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            ProductResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return create_product.sync(body=body, include=include, fields=fields, client=self._client)

    def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> ProductResponse:
        """Fetch a product

        Returns one product by ID. Relationships accepted by `include`: `barcode`, `inventory_levels`,
        `photo`, `price_structure`, `price_structure.price_tiles`, `product_group`, `properties`,
        `tax_category`.

        ``GET /products/{id}`` (operation ``getProduct``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            ProductResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_product.sync(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ProductFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ProductStatsRequest | Unset = UNSET,
        meta: ProductStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Product]:
        """List products

        Returns one page of products. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `barcode`, `inventory_levels`, `photo`, `price_structure`, `price_structure.price_tiles`,
        `product_group`, `properties`, `tax_category`.

        ``GET /products`` (operation ``listProducts``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (ProductFilter | Unset): Filters for products: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (ProductStatsRequest | Unset): Aggregations to compute over all matching products (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (ProductStatsRequest | Unset): Aggregations to compute over all matching products (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Product]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_products),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def search(
        self,
        *,
        body: ProductSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ProductFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ProductStatsRequest | Unset = UNSET,
        meta: ProductStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[Product]:
        """Search products

        Like listing products, but the body carries nested and/or groups of attribute conditions. Only reads
        data, so it is safe to retry. Relationships accepted by `include`: `barcode`, `inventory_levels`,
        `photo`, `price_structure`, `price_structure.price_tiles`, `product_group`, `properties`,
        `tax_category`.

        ``POST /products/search`` (operation ``searchProducts``).

        Args:
            body (ProductSearchRequest): Body of a product search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (ProductFilter | Unset): Filters for products: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (ProductStatsRequest | Unset): Aggregations to compute over all matching products (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (ProductStatsRequest | Unset): Aggregations to compute over all matching products (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[Product]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(search_products),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def update(
        self,
        id: str | UUID,
        *,
        body: ProductWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> ProductResponse:
        """Update a product

        Changes the attributes that are sent and returns the updated product. Relationships accepted by
        `include`: `barcode`, `inventory_levels`, `photo`, `price_structure`, `price_structure.price_tiles`,
        `product_group`, `properties`, `tax_category`.

        ``PUT /products/{id}`` (operation ``updateProduct``).

        Args:
            id (str | UUID):
            body (ProductWriteRequest): Body for creating or updating a product.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            ProductResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return update_product.sync(id=id, body=body, include=include, fields=fields, client=self._client)


class StockItemPlanningsResource(Namespace):
    """``client.stock_item_plannings``: Which stock item fulfils which planning, and its progress."""

    __slots__ = ()

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: StockItemPlanningFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: StockItemPlanningStatsRequest | Unset = UNSET,
        meta: StockItemPlanningStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[StockItemPlanning]:
        """List stock item plannings

        Returns one page of stock item plannings. Narrow the list with `filter`, order it with `sort`, page
        with `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships
        accepted by `include`: `downtime`, `order`, `order.customer`, `planning`, `stock_item`,
        `stock_item.product`, `stock_item.product.photo`. They are created by assigning stock items to
        plannings and updated by starting and stopping them.

        ``GET /stock_item_plannings`` (operation ``listStockItemPlannings``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (StockItemPlanningFilter | Unset): Filters for stock item plannings: attribute name to
                operators (or to a bare value, meaning `eq`). Sent as
                `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (StockItemPlanningStatsRequest | Unset): Aggregations to compute over all matching stock
                item plannings (not just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (StockItemPlanningStatsRequest | Unset): Aggregations to compute over all matching stock
                item plannings (not just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[StockItemPlanning]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_stock_item_plannings),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )


class StockItemsResource(Namespace):
    """``client.stock_items``: Individual, trackable units of a product."""

    __slots__ = ()

    def create(
        self, *, body: StockItemWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> StockItemResponse:
        """Create a stock item

        Creates a stock item and returns it. Relationships accepted by `include`: `barcode`, `location`,
        `product`, `product.product_group`, `properties`.

        ``POST /stock_items`` (operation ``createStockItem``).

        Args:
            body (StockItemWriteRequest): Body for creating or updating a stock item.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            StockItemResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return create_stock_item.sync(body=body, include=include, fields=fields, client=self._client)

    def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> StockItemResponse:
        """Fetch a stock item

        Returns one stock item by ID. Relationships accepted by `include`: `barcode`, `location`, `product`,
        `product.photo`, `product.product_group`, `properties`, `stock_item_plannings`,
        `stock_item_plannings.downtime`.

        ``GET /stock_items/{id}`` (operation ``getStockItem``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            StockItemResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_stock_item.sync(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: StockItemFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: StockItemStatsRequest | Unset = UNSET,
        meta: StockItemStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
    ) -> Paginator[StockItem]:
        """List stock items

        Returns one page of stock items. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `barcode`, `location`, `product`, `properties`, `stock_item_plannings`,
        `stock_item_plannings.downtime`.

        ``GET /stock_items`` (operation ``listStockItems``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (StockItemFilter | Unset): Filters for stock items: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (StockItemStatsRequest | Unset): Aggregations to compute over all matching stock items
                (not just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (StockItemStatsRequest | Unset): Aggregations to compute over all matching stock items (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Returns:
            Paginator[StockItem]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            self._client,
            loaded(list_stock_items),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def update(
        self,
        id: str | UUID,
        *,
        body: StockItemWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> StockItemResponse:
        """Update a stock item

        Changes the attributes that are sent and returns the updated stock item. Relationships accepted by
        `include`: `barcode`, `location`, `product`, `product.product_group`, `properties`.

        ``PUT /stock_items/{id}`` (operation ``updateStockItem``).

        Args:
            id (str | UUID):
            body (StockItemWriteRequest): Body for creating or updating a stock item.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            StockItemResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return update_stock_item.sync(id=id, body=body, include=include, fields=fields, client=self._client)


class AsyncBundlesResource(AsyncNamespace):
    """``client.bundles``: Sets of products rented together.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def archive(self, id: str | UUID, *, fields: SparseFieldsets | Unset = UNSET) -> BundleResponse:
        """Archive a bundle

        Archives the bundle (it stays readable with `archived: true`) and returns it.

        ``DELETE /bundles/{id}`` (operation ``archiveBundle``).

        Args:
            id (str | UUID):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            BundleResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await archive_bundle.asyncio(id=id, fields=fields, client=self._client)

    async def create(
        self, *, body: BundleWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> BundleResponse:
        """Create a bundle

        Creates a bundle and returns it. Relationships accepted by `include`: `bundle_items`,
        `bundle_items.product`, `bundle_items.product.photo`, `bundle_items.product_group`,
        `bundle_items.product_group.photo`, `photo`, `tax_category`.

        ``POST /bundles`` (operation ``createBundle``).

        Args:
            body (BundleWriteRequest): Body for creating or updating a bundle.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            BundleResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await create_bundle.asyncio(body=body, include=include, fields=fields, client=self._client)

    async def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> BundleResponse:
        """Fetch a bundle

        Returns one bundle by ID. Relationships accepted by `include`: `bundle_items`,
        `bundle_items.product`, `bundle_items.product.photo`, `bundle_items.product_group`,
        `bundle_items.product_group.photo`, `bundle_items.product_group.products`,
        `bundle_items.product_group.products.photo`, `photo`, `tax_category`.

        ``GET /bundles/{id}`` (operation ``getBundle``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            BundleResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_bundle.asyncio(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: BundleFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: BundleStatsRequest | Unset = UNSET,
        meta: BundleStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Bundle]:
        """List bundles

        Returns one page of bundles. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `inventory_levels`, `photo`.

        ``GET /bundles`` (operation ``listBundles``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (BundleFilter | Unset): Filters for bundles: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (BundleStatsRequest | Unset): Aggregations to compute over all matching bundles (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            meta (BundleStatsRequest | Unset): Aggregations to compute over all matching bundles (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Bundle]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_bundles),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def search(
        self,
        *,
        body: BundleSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: BundleFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: BundleStatsRequest | Unset = UNSET,
        meta: BundleStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Bundle]:
        """Search bundles

        Like listing bundles, but the body carries nested and/or groups of attribute conditions. Only reads
        data, so it is safe to retry. Relationships accepted by `include`: `inventory_levels`, `photo`.

        ``POST /bundles/search`` (operation ``searchBundles``).

        Args:
            body (BundleSearchRequest): Body of a bundle search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (BundleFilter | Unset): Filters for bundles: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (BundleStatsRequest | Unset): Aggregations to compute over all matching bundles (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            meta (BundleStatsRequest | Unset): Aggregations to compute over all matching bundles (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Bundle]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(search_bundles),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    async def update(
        self,
        id: str | UUID,
        *,
        body: BundleWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> BundleResponse:
        """Update a bundle

        Changes the attributes that are sent and returns the updated bundle. Relationships accepted by
        `include`: `bundle_items`, `bundle_items.product`, `bundle_items.product.photo`,
        `bundle_items.product_group`, `bundle_items.product_group.photo`, `photo`, `tax_category`.

        ``PUT /bundles/{id}`` (operation ``updateBundle``).

        Args:
            id (str | UUID):
            body (BundleWriteRequest): Body for creating or updating a bundle.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            BundleResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await update_bundle.asyncio(id=id, body=body, include=include, fields=fields, client=self._client)


class AsyncCustomersResource(AsyncNamespace):
    """``client.customers``: People and companies who rent.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def archive(self, id: str | UUID, *, fields: SparseFieldsets | Unset = UNSET) -> CustomerResponse:
        """Archive a customer

        Archives the customer (it stays readable with `archived: true`) and returns it.

        ``DELETE /customers/{id}`` (operation ``archiveCustomer``).

        Args:
            id (str | UUID):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            CustomerResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await archive_customer.asyncio(id=id, fields=fields, client=self._client)

    async def create(
        self, *, body: CustomerWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> CustomerResponse:
        """Create a customer

        Creates a customer and returns it. Relationships accepted by `include`: `barcode`,
        `payment_methods`, `properties`, `tax_region`.

        ``POST /customers`` (operation ``createCustomer``).

        Args:
            body (CustomerWriteRequest): Body for creating or updating a customer.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            CustomerResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await create_customer.asyncio(body=body, include=include, fields=fields, client=self._client)

    async def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> CustomerResponse:
        """Fetch a customer

        Returns one customer by ID. Relationships accepted by `include`: `barcode`, `payment_methods`,
        `properties`, `tax_region`.

        ``GET /customers/{id}`` (operation ``getCustomer``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            CustomerResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_customer.asyncio(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: CustomerFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: CustomerStatsRequest | Unset = UNSET,
        meta: CustomerStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Customer]:
        """List customers

        Returns one page of customers. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `barcode`, `payment_methods`, `properties`, `tax_region`.

        ``GET /customers`` (operation ``listCustomers``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (CustomerFilter | Unset): Filters for customers: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (CustomerStatsRequest | Unset): Aggregations to compute over all matching customers (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (CustomerStatsRequest | Unset): Aggregations to compute over all matching customers (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Customer]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_customers),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def search(
        self,
        *,
        body: CustomerSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: CustomerFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: CustomerStatsRequest | Unset = UNSET,
        meta: CustomerStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Customer]:
        """Search customers

        Like listing customers, but the body carries nested and/or groups of attribute conditions. Only
        reads data, so it is safe to retry. Relationships accepted by `include`: `barcode`,
        `payment_methods`, `properties`, `tax_region`.

        ``POST /customers/search`` (operation ``searchCustomers``).

        Args:
            body (CustomerSearchRequest): Body of a customer search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (CustomerFilter | Unset): Filters for customers: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (CustomerStatsRequest | Unset): Aggregations to compute over all matching customers (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (CustomerStatsRequest | Unset): Aggregations to compute over all matching customers (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Customer]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(search_customers),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    async def update(
        self,
        id: str | UUID,
        *,
        body: CustomerWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> CustomerResponse:
        """Update a customer

        Changes the attributes that are sent and returns the updated customer. Relationships accepted by
        `include`: `barcode`, `payment_methods`, `properties`, `tax_region`.

        ``PUT /customers/{id}`` (operation ``updateCustomer``).

        Args:
            id (str | UUID):
            body (CustomerWriteRequest): Body for creating or updating a customer.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            CustomerResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await update_customer.asyncio(id=id, body=body, include=include, fields=fields, client=self._client)


class AsyncItemsResource(AsyncNamespace):
    """``client.items``: Product groups, products and bundles read through one endpoint.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> ItemResponse:
        """Fetch a item

        Returns one item by ID. Relationships accepted by `include`: `barcode`, `bundle_items`,
        `collection_items`, `inventory_levels`, `photo`, `properties`.

        ``GET /items/{id}`` (operation ``getItem``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            ItemResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_item.asyncio(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ItemFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ItemStatsRequest | Unset = UNSET,
        meta: ItemStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Bundle | Product | ProductGroup]:
        """List items

        Returns one page of items. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `barcode`, `bundle_items`, `collection_items`, `inventory_levels`, `photo`, `properties`.

        ``GET /items`` (operation ``listItems``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (ItemFilter | Unset): Filters for items: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (ItemStatsRequest | Unset): Aggregations to compute over all matching items (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            meta (ItemStatsRequest | Unset): Aggregations to compute over all matching items (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Bundle | Product | ProductGroup]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_items),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def search(
        self,
        *,
        body: ItemSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ItemFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ItemStatsRequest | Unset = UNSET,
        meta: ItemStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Bundle | Product | ProductGroup]:
        """Search items

        Like listing items, but the body carries nested and/or groups of attribute conditions. Only reads
        data, so it is safe to retry. Relationships accepted by `include`: `barcode`, `bundle_items`,
        `collection_items`, `inventory_levels`, `photo`, `properties`.

        ``POST /items/search`` (operation ``searchItems``).

        Args:
            body (ItemSearchRequest): Body of a item search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (ItemFilter | Unset): Filters for items: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (ItemStatsRequest | Unset): Aggregations to compute over all matching items (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            meta (ItemStatsRequest | Unset): Aggregations to compute over all matching items (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Bundle | Product | ProductGroup]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(search_items),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )


class AsyncLinesResource(AsyncNamespace):
    """``client.lines``: The priced rows of an order or document, one per booked item plus custom charges.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def archive(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> LineResponse:
        """Archive a line

        Archives the line (it stays readable with `archived: true`) and returns it. Relationships accepted
        by `include`: `order`, `order.tax_values`, `owner`, `owner.tax_values`, `parent_line`,
        `tax_category`.

        ``DELETE /lines/{id}`` (operation ``archiveLine``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LineResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await archive_line.asyncio(id=id, include=include, fields=fields, client=self._client)

    async def create(
        self, *, body: LineWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> LineResponse:
        """Create a line

        Creates a line and returns it. Relationships accepted by `include`: `nested_lines`,
        `nested_lines.planning`, `order`, `order.tax_values`, `owner`, `owner.tax_values`, `parent_line`,
        `planning`, `planning.item`, `planning.item.photo`, `tax_category`.

        ``POST /lines`` (operation ``createLine``).

        Args:
            body (LineWriteRequest): Body for creating or updating a line.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LineResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await create_line.asyncio(body=body, include=include, fields=fields, client=self._client)

    async def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> LineResponse:
        """Fetch a line

        Returns one line by ID. Relationships accepted by `include`: `nested_lines`,
        `nested_lines.planning`, `order`, `order.tax_values`, `owner`, `owner.tax_values`, `parent_line`,
        `planning`, `planning.item`, `planning.item.photo`, `tax_category`.

        ``GET /lines/{id}`` (operation ``getLine``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LineResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_line.asyncio(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: LineFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: LineStatsRequest | Unset = UNSET,
        meta: LineStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Line]:
        """List lines

        Returns one page of lines. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `order`, `owner`, `planning`, `planning.item`, `planning.item.photo`, `tax_category`.

        ``GET /lines`` (operation ``listLines``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (LineFilter | Unset): Filters for lines: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (LineStatsRequest | Unset): Aggregations to compute over all matching lines (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            meta (LineStatsRequest | Unset): Aggregations to compute over all matching lines (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Line]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_lines),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    async def update(
        self,
        id: str | UUID,
        *,
        body: LineWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> LineResponse:
        """Update a line

        Changes the attributes that are sent and returns the updated line. Relationships accepted by
        `include`: `nested_lines`, `nested_lines.planning`, `order`, `order.tax_values`, `owner`,
        `owner.tax_values`, `parent_line`, `planning`, `planning.item`, `planning.item.photo`,
        `tax_category`.

        ``PUT /lines/{id}`` (operation ``updateLine``).

        Args:
            id (str | UUID):
            body (LineWriteRequest): Body for creating or updating a line.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LineResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await update_line.asyncio(id=id, body=body, include=include, fields=fields, client=self._client)


class AsyncLocationsResource(AsyncNamespace):
    """``client.locations``: Stores and warehouses where rentals start and end.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def archive(self, id: str | UUID, *, fields: SparseFieldsets | Unset = UNSET) -> LocationResponse:
        """Archive a location

        Archives the location (it stays readable with `archived: true`) and returns it.

        ``DELETE /locations/{id}`` (operation ``archiveLocation``).

        Args:
            id (str | UUID):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LocationResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await archive_location.asyncio(id=id, fields=fields, client=self._client)

    async def create(
        self, *, body: LocationWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> LocationResponse:
        """Create a location

        Creates a location and returns it. Relationships accepted by `include`: `carriers`, `clusters`.

        ``POST /locations`` (operation ``createLocation``).

        Args:
            body (LocationWriteRequest): Body for creating or updating a location.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LocationResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await create_location.asyncio(body=body, include=include, fields=fields, client=self._client)

    async def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> LocationResponse:
        """Fetch a location

        Returns one location by ID. Relationships accepted by `include`: `carriers`, `clusters`.

        ``GET /locations/{id}`` (operation ``getLocation``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LocationResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_location.asyncio(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: LocationFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: LocationStatsRequest | Unset = UNSET,
        meta: LocationStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Location]:
        """List locations

        Returns one page of locations. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `carriers`, `clusters`.

        ``GET /locations`` (operation ``listLocations``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (LocationFilter | Unset): Filters for locations: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (LocationStatsRequest | Unset): Aggregations to compute over all matching locations (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (LocationStatsRequest | Unset): Aggregations to compute over all matching locations (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Location]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_locations),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    async def update(
        self,
        id: str | UUID,
        *,
        body: LocationWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> LocationResponse:
        """Update a location

        Changes the attributes that are sent and returns the updated location. Relationships accepted by
        `include`: `carriers`, `clusters`.

        ``PUT /locations/{id}`` (operation ``updateLocation``).

        Args:
            id (str | UUID):
            body (LocationWriteRequest): Body for creating or updating a location.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            LocationResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await update_location.asyncio(id=id, body=body, include=include, fields=fields, client=self._client)


class AsyncOrdersResource(AsyncNamespace):
    """``client.orders``: Rental orders: period, customer, locations, status and money totals.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def create(
        self, *, body: OrderWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> OrderResponse:
        """Create a order

        Creates a order and returns it. Relationships accepted by `include`: `barcode`, `coupon`,
        `customer`, `customer.merge_suggestion_customer`, `customer.payment_methods`, `customer.properties`,
        `documents`, `lines`, `lines.item`, `lines.item.barcode`, `lines.item.bundle_items`,
        `lines.item.photo`, `lines.item.properties`, `lines.planning`,
        `lines.planning.stock_item_plannings`, `lines.planning.stock_item_plannings.stock_item`,
        `lines.planning.stock_item_plannings.stock_item.barcode`, `lines.tax_category`, `notes`,
        `order_delivery_rate`, `payments`, `payments.payment_method`, `properties`, `start_location`,
        `stop_location`, `tax_region`, `tax_values`.

        ``POST /orders`` (operation ``createOrder``).

        Args:
            body (OrderWriteRequest): Body for creating or updating a order.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            OrderResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await create_order.asyncio(body=body, include=include, fields=fields, client=self._client)

    async def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> OrderResponse:
        """Fetch a order

        Returns one order by ID. Relationships accepted by `include`: `barcode`, `coupon`, `customer`,
        `customer.merge_suggestion_customer`, `customer.payment_methods`, `customer.properties`,
        `documents`, `lines`, `lines.item`, `lines.item.barcode`, `lines.item.bundle_items`,
        `lines.item.photo`, `lines.item.properties`, `lines.planning`,
        `lines.planning.stock_item_plannings`, `lines.planning.stock_item_plannings.stock_item`,
        `lines.planning.stock_item_plannings.stock_item.barcode`, `lines.tax_category`, `notes`,
        `order_delivery_rate`, `payments`, `payments.payment_method`, `properties`, `start_location`,
        `stop_location`, `tax_region`, `tax_values`.

        ``GET /orders/{id}`` (operation ``getOrder``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            OrderResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_order.asyncio(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: OrderFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: OrderStatsRequest | Unset = UNSET,
        meta: OrderStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Order]:
        """List orders

        Returns one page of orders. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `coupon`, `customer`, `properties`, `start_location`, `stop_location`.

        ``GET /orders`` (operation ``listOrders``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (OrderFilter | Unset): Filters for orders: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (OrderStatsRequest | Unset): Aggregations to compute over all matching orders (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            meta (OrderStatsRequest | Unset): Aggregations to compute over all matching orders (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Order]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_orders),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    async def new(self, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET) -> OrderResponse:
        """Fetch a new order

        Returns the current employee's unsaved draft order, creating one when there is none. Relationships
        accepted by `include`: `barcode`, `coupon`, `customer`, `customer.merge_suggestion_customer`,
        `customer.payment_methods`, `customer.properties`, `documents`, `lines`, `lines.item`,
        `lines.item.barcode`, `lines.item.bundle_items`, `lines.item.photo`, `lines.item.properties`,
        `lines.planning`, `lines.planning.stock_item_plannings`,
        `lines.planning.stock_item_plannings.stock_item`,
        `lines.planning.stock_item_plannings.stock_item.barcode`, `lines.tax_category`, `notes`,
        `order_delivery_rate`, `payments`, `payments.payment_method`, `properties`, `start_location`,
        `stop_location`, `tax_region`, `tax_values`.

        ``GET /orders/new`` (operation ``newOrder``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            OrderResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await new_order.asyncio(include=include, fields=fields, client=self._client)

    def search(
        self,
        *,
        body: OrderSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: OrderFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: OrderStatsRequest | Unset = UNSET,
        meta: OrderStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Order]:
        """Search orders

        Like listing orders, but the body carries nested and/or groups of attribute conditions. Only reads
        data, so it is safe to retry. Relationships accepted by `include`: `coupon`, `customer`,
        `properties`, `start_location`, `stop_location`.

        ``POST /orders/search`` (operation ``searchOrders``).

        Args:
            body (OrderSearchRequest): Body of a order search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (OrderFilter | Unset): Filters for orders: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (OrderStatsRequest | Unset): Aggregations to compute over all matching orders (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            meta (OrderStatsRequest | Unset): Aggregations to compute over all matching orders (not just the
                page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>` (or
                `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Order]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(search_orders),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    async def update(
        self,
        id: str | UUID,
        *,
        body: OrderWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> OrderResponse:
        """Update a order

        Changes the attributes that are sent and returns the updated order. Relationships accepted by
        `include`: `barcode`, `coupon`, `customer`, `customer.merge_suggestion_customer`,
        `customer.payment_methods`, `customer.properties`, `documents`, `lines`, `lines.item`,
        `lines.item.barcode`, `lines.item.bundle_items`, `lines.item.photo`, `lines.item.properties`,
        `lines.planning`, `lines.planning.stock_item_plannings`,
        `lines.planning.stock_item_plannings.stock_item`,
        `lines.planning.stock_item_plannings.stock_item.barcode`, `lines.tax_category`, `notes`,
        `order_delivery_rate`, `payments`, `payments.payment_method`, `properties`, `start_location`,
        `stop_location`, `tax_region`, `tax_values`.

        ``PUT /orders/{id}`` (operation ``updateOrder``).

        Args:
            id (str | UUID):
            body (OrderWriteRequest): Body for creating or updating a order.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            OrderResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await update_order.asyncio(id=id, body=body, include=include, fields=fields, client=self._client)


class AsyncPlanningsResource(AsyncNamespace):
    """``client.plannings``: How many units of a product or bundle are booked for which period, per order
    or downtime.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> PlanningResponse:
        """Fetch a planning

        Returns one planning by ID. Relationships accepted by `include`: `downtime`, `item`, `item.photo`,
        `nested_plannings`, `order`, `order.customer`, `order_line`, `parent_planning`, `start_location`,
        `stop_location`. Plannings are never written directly: booking items on an order, changing its lines
        or moving its status creates and updates them.

        ``GET /plannings/{id}`` (operation ``getPlanning``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            PlanningResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_planning.asyncio(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: PlanningFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: PlanningStatsRequest | Unset = UNSET,
        meta: PlanningStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Planning]:
        """List plannings

        Returns one page of plannings. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `downtime`, `item`, `item.photo`, `order`, `order.customer`, `order_line`,
        `start_location`, `stop_location`. Plannings are never written directly: booking items on an order,
        changing its lines or moving its status creates and updates them.

        ``GET /plannings`` (operation ``listPlannings``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (PlanningFilter | Unset): Filters for plannings: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (PlanningStatsRequest | Unset): Aggregations to compute over all matching plannings (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (PlanningStatsRequest | Unset): Aggregations to compute over all matching plannings (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Planning]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_plannings),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def search(
        self,
        *,
        body: PlanningSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: PlanningFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: PlanningStatsRequest | Unset = UNSET,
        meta: PlanningStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Planning]:
        """Search plannings

        Like listing plannings, but the body carries nested and/or groups of attribute conditions. Only
        reads data, so it is safe to retry. Relationships accepted by `include`: `downtime`, `item`,
        `item.photo`, `order`, `order.customer`, `order_line`, `start_location`, `stop_location`. Plannings
        are never written directly: booking items on an order, changing its lines or moving its status
        creates and updates them.

        ``POST /plannings/search`` (operation ``searchPlannings``).

        Args:
            body (PlanningSearchRequest): Body of a planning search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (PlanningFilter | Unset): Filters for plannings: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (PlanningStatsRequest | Unset): Aggregations to compute over all matching plannings (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (PlanningStatsRequest | Unset): Aggregations to compute over all matching plannings (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Planning]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(search_plannings),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )


class AsyncPriceTilesResource(AsyncNamespace):
    """``client.price_tiles``: Steps of a tiered price structure.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def create(
        self, *, body: PriceTileWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> PriceTileResponse:
        """Create a price tile

        Creates a price tile and returns it. Relationships accepted by `include`: `price_structure`.

        ``POST /price_tiles`` (operation ``createPriceTile``).

        Args:
            body (PriceTileWriteRequest): Body for creating or updating a price tile.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            PriceTileResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await create_price_tile.asyncio(body=body, include=include, fields=fields, client=self._client)

    async def delete(self, id: str | UUID, *, fields: SparseFieldsets | Unset = UNSET) -> PriceTileResponse:
        """Delete a price tile

        Deletes the price tile and returns it as it was.

        ``DELETE /price_tiles/{id}`` (operation ``deletePriceTile``).

        Args:
            id (str | UUID):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            PriceTileResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await delete_price_tile.asyncio(id=id, fields=fields, client=self._client)

    async def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> PriceTileResponse:
        """Fetch a price tile

        Returns one price tile by ID. Relationships accepted by `include`: `price_structure`.

        ``GET /price_tiles/{id}`` (operation ``getPriceTile``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            PriceTileResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_price_tile.asyncio(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: PriceTileFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: PriceTileStatsRequest | Unset = UNSET,
        meta: PriceTileStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[PriceTile]:
        """List price tiles

        Returns one page of price tiles. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`).

        ``GET /price_tiles`` (operation ``listPriceTiles``).

        Args:
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (PriceTileFilter | Unset): Filters for price tiles: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (PriceTileStatsRequest | Unset): Aggregations to compute over all matching price tiles
                (not just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (PriceTileStatsRequest | Unset): Aggregations to compute over all matching price tiles (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[PriceTile]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_price_tiles),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    async def update(
        self,
        id: str | UUID,
        *,
        body: PriceTileWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> PriceTileResponse:
        """Update a price tile

        Changes the attributes that are sent and returns the updated price tile. Relationships accepted by
        `include`: `price_structure`.

        ``PUT /price_tiles/{id}`` (operation ``updatePriceTile``).

        Args:
            id (str | UUID):
            body (PriceTileWriteRequest): Body for creating or updating a price tile.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            PriceTileResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await update_price_tile.asyncio(id=id, body=body, include=include, fields=fields, client=self._client)


class AsyncProductsResource(AsyncNamespace):
    """``client.products``: Rentable variations of a product group.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def archive(self, id: str | UUID, *, fields: SparseFieldsets | Unset = UNSET) -> ProductResponse:
        """Archive a product

        Archives the product (it stays readable with `archived: true`) and returns it.

        ``DELETE /products/{id}`` (operation ``archiveProduct``).

        Args:
            id (str | UUID):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            ProductResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await archive_product.asyncio(id=id, fields=fields, client=self._client)

    async def create(
        self, *, body: ProductWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> ProductResponse:
        """Create a product

        Creates a product and returns it. Relationships accepted by `include`: `barcode`,
        `inventory_levels`, `photo`, `price_structure`, `price_structure.price_tiles`, `product_group`,
        `properties`, `tax_category`.

        ``POST /products`` (operation ``createProduct``).

        Args:
            body (ProductWriteRequest): Body for creating or updating a product.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            ProductResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await create_product.asyncio(body=body, include=include, fields=fields, client=self._client)

    async def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> ProductResponse:
        """Fetch a product

        Returns one product by ID. Relationships accepted by `include`: `barcode`, `inventory_levels`,
        `photo`, `price_structure`, `price_structure.price_tiles`, `product_group`, `properties`,
        `tax_category`.

        ``GET /products/{id}`` (operation ``getProduct``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            ProductResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_product.asyncio(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ProductFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ProductStatsRequest | Unset = UNSET,
        meta: ProductStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Product]:
        """List products

        Returns one page of products. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `barcode`, `inventory_levels`, `photo`, `price_structure`, `price_structure.price_tiles`,
        `product_group`, `properties`, `tax_category`.

        ``GET /products`` (operation ``listProducts``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (ProductFilter | Unset): Filters for products: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (ProductStatsRequest | Unset): Aggregations to compute over all matching products (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (ProductStatsRequest | Unset): Aggregations to compute over all matching products (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Product]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_products),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    def search(
        self,
        *,
        body: ProductSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ProductFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ProductStatsRequest | Unset = UNSET,
        meta: ProductStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[Product]:
        """Search products

        Like listing products, but the body carries nested and/or groups of attribute conditions. Only reads
        data, so it is safe to retry. Relationships accepted by `include`: `barcode`, `inventory_levels`,
        `photo`, `price_structure`, `price_structure.price_tiles`, `product_group`, `properties`,
        `tax_category`.

        ``POST /products/search`` (operation ``searchProducts``).

        Args:
            body (ProductSearchRequest): Body of a product search: and/or groups of attribute conditions.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (ProductFilter | Unset): Filters for products: attribute name to operators (or to a bare
                value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (ProductStatsRequest | Unset): Aggregations to compute over all matching products (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (ProductStatsRequest | Unset): Aggregations to compute over all matching products (not just
                the page): field name to the list of aggregations. Sent as `stats[<field>][]=<aggregation>`
                (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[Product]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(search_products),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                body=body,
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    async def update(
        self,
        id: str | UUID,
        *,
        body: ProductWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> ProductResponse:
        """Update a product

        Changes the attributes that are sent and returns the updated product. Relationships accepted by
        `include`: `barcode`, `inventory_levels`, `photo`, `price_structure`, `price_structure.price_tiles`,
        `product_group`, `properties`, `tax_category`.

        ``PUT /products/{id}`` (operation ``updateProduct``).

        Args:
            id (str | UUID):
            body (ProductWriteRequest): Body for creating or updating a product.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            ProductResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await update_product.asyncio(id=id, body=body, include=include, fields=fields, client=self._client)


class AsyncStockItemPlanningsResource(AsyncNamespace):
    """``client.stock_item_plannings``: Which stock item fulfils which planning, and its progress.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: StockItemPlanningFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: StockItemPlanningStatsRequest | Unset = UNSET,
        meta: StockItemPlanningStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[StockItemPlanning]:
        """List stock item plannings

        Returns one page of stock item plannings. Narrow the list with `filter`, order it with `sort`, page
        with `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships
        accepted by `include`: `downtime`, `order`, `order.customer`, `planning`, `stock_item`,
        `stock_item.product`, `stock_item.product.photo`. They are created by assigning stock items to
        plannings and updated by starting and stopping them.

        ``GET /stock_item_plannings`` (operation ``listStockItemPlannings``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (StockItemPlanningFilter | Unset): Filters for stock item plannings: attribute name to
                operators (or to a bare value, meaning `eq`). Sent as
                `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (StockItemPlanningStatsRequest | Unset): Aggregations to compute over all matching stock
                item plannings (not just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (StockItemPlanningStatsRequest | Unset): Aggregations to compute over all matching stock
                item plannings (not just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[StockItemPlanning]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_stock_item_plannings),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )


class AsyncStockItemsResource(AsyncNamespace):
    """``client.stock_items``: Individual, trackable units of a product.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def create(
        self, *, body: StockItemWriteRequest, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> StockItemResponse:
        """Create a stock item

        Creates a stock item and returns it. Relationships accepted by `include`: `barcode`, `location`,
        `product`, `product.product_group`, `properties`.

        ``POST /stock_items`` (operation ``createStockItem``).

        Args:
            body (StockItemWriteRequest): Body for creating or updating a stock item.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            StockItemResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await create_stock_item.asyncio(body=body, include=include, fields=fields, client=self._client)

    async def get(
        self, id: str | UUID, *, include: str | Unset = UNSET, fields: SparseFieldsets | Unset = UNSET
    ) -> StockItemResponse:
        """Fetch a stock item

        Returns one stock item by ID. Relationships accepted by `include`: `barcode`, `location`, `product`,
        `product.photo`, `product.product_group`, `properties`, `stock_item_plannings`,
        `stock_item_plannings.downtime`.

        ``GET /stock_items/{id}`` (operation ``getStockItem``).

        Args:
            id (str | UUID):
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            StockItemResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_stock_item.asyncio(id=id, include=include, fields=fields, client=self._client)

    def list(
        self,
        *,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: StockItemFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: StockItemStatsRequest | Unset = UNSET,
        meta: StockItemStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
    ) -> AsyncPaginator[StockItem]:
        """List stock items

        Returns one page of stock items. Narrow the list with `filter`, order it with `sort`, page with
        `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`). Relationships accepted by
        `include`: `barcode`, `location`, `product`, `properties`, `stock_item_plannings`,
        `stock_item_plannings.downtime`.

        ``GET /stock_items`` (operation ``listStockItems``).

        Args:
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.
            filter_ (StockItemFilter | Unset): Filters for stock items: attribute name to operators (or to a
                bare value, meaning `eq`). Sent as `filter[<attribute>][<operator>]=<value>`.
            sort (str | Unset):
            stats (StockItemStatsRequest | Unset): Aggregations to compute over all matching stock items
                (not just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            meta (StockItemStatsRequest | Unset): Aggregations to compute over all matching stock items (not
                just the page): field name to the list of aggregations. Sent as
                `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
            page_number (int | Unset):
            page_size (int | Unset):
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Returns:
            AsyncPaginator[StockItem]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            self._client,
            loaded(list_stock_items),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                include=include,
                fields=fields,
                filter_=filter_,
                sort=sort,
                stats=stats,
                meta=meta,
                page_number=page_number,
                page_size=page_size,
            ),
        )

    async def update(
        self,
        id: str | UUID,
        *,
        body: StockItemWriteRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
    ) -> StockItemResponse:
        """Update a stock item

        Changes the attributes that are sent and returns the updated stock item. Relationships accepted by
        `include`: `barcode`, `location`, `product`, `product.product_group`, `properties`.

        ``PUT /stock_items/{id}`` (operation ``updateStockItem``).

        Args:
            id (str | UUID):
            body (StockItemWriteRequest): Body for creating or updating a stock item.
            include (str | Unset):
            fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-separated
                list (`fields[plannings]=id,quantity`). Types not named here can be given too.

        Returns:
            StockItemResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await update_stock_item.asyncio(id=id, body=body, include=include, fields=fields, client=self._client)


class _ListBundlesOperation(Protocol):
    """The operation module ``api.bundles.list_bundles`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: BundleFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: BundleStatsRequest | Unset = UNSET,
        meta: BundleStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[BundleListResponse | ErrorDocument]: ...


class _SearchBundlesOperation(Protocol):
    """The operation module ``api.bundles.search_bundles`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        body: BundleSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: BundleFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: BundleStatsRequest | Unset = UNSET,
        meta: BundleStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[BundleListResponse | ErrorDocument]: ...


class _ListCustomersOperation(Protocol):
    """The operation module ``api.customers.list_customers`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: CustomerFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: CustomerStatsRequest | Unset = UNSET,
        meta: CustomerStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[CustomerListResponse | ErrorDocument]: ...


class _SearchCustomersOperation(Protocol):
    """The operation module ``api.customers.search_customers`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        body: CustomerSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: CustomerFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: CustomerStatsRequest | Unset = UNSET,
        meta: CustomerStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[CustomerListResponse | ErrorDocument]: ...


class _ListItemsOperation(Protocol):
    """The operation module ``api.items.list_items`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ItemFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ItemStatsRequest | Unset = UNSET,
        meta: ItemStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | ItemListResponse]: ...


class _SearchItemsOperation(Protocol):
    """The operation module ``api.items.search_items`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        body: ItemSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ItemFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ItemStatsRequest | Unset = UNSET,
        meta: ItemStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | ItemListResponse]: ...


class _ListLinesOperation(Protocol):
    """The operation module ``api.lines.list_lines`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: LineFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: LineStatsRequest | Unset = UNSET,
        meta: LineStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | LineListResponse]: ...


class _ListLocationsOperation(Protocol):
    """The operation module ``api.locations.list_locations`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: LocationFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: LocationStatsRequest | Unset = UNSET,
        meta: LocationStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | LocationListResponse]: ...


class _ListOrdersOperation(Protocol):
    """The operation module ``api.orders.list_orders`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: OrderFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: OrderStatsRequest | Unset = UNSET,
        meta: OrderStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | OrderListResponse]: ...


class _SearchOrdersOperation(Protocol):
    """The operation module ``api.orders.search_orders`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        body: OrderSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: OrderFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: OrderStatsRequest | Unset = UNSET,
        meta: OrderStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | OrderListResponse]: ...


class _ListPlanningsOperation(Protocol):
    """The operation module ``api.plannings.list_plannings`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: PlanningFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: PlanningStatsRequest | Unset = UNSET,
        meta: PlanningStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | PlanningListResponse]: ...


class _SearchPlanningsOperation(Protocol):
    """The operation module ``api.plannings.search_plannings`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        body: PlanningSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: PlanningFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: PlanningStatsRequest | Unset = UNSET,
        meta: PlanningStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | PlanningListResponse]: ...


class _ListPriceTilesOperation(Protocol):
    """The operation module ``api.price_tiles.list_price_tiles`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: PriceTileFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: PriceTileStatsRequest | Unset = UNSET,
        meta: PriceTileStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | PriceTileListResponse]: ...


class _ListProductsOperation(Protocol):
    """The operation module ``api.products.list_products`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ProductFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ProductStatsRequest | Unset = UNSET,
        meta: ProductStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | ProductListResponse]: ...


class _SearchProductsOperation(Protocol):
    """The operation module ``api.products.search_products`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        body: ProductSearchRequest,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: ProductFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: ProductStatsRequest | Unset = UNSET,
        meta: ProductStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | ProductListResponse]: ...


class _ListStockItemPlanningsOperation(Protocol):
    """The operation module ``api.stock_item_plannings.list_stock_item_plannings`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: StockItemPlanningFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: StockItemPlanningStatsRequest | Unset = UNSET,
        meta: StockItemPlanningStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | StockItemPlanningListResponse]: ...


class _ListStockItemsOperation(Protocol):
    """The operation module ``api.stock_items.list_stock_items`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        include: str | Unset = UNSET,
        fields: SparseFieldsets | Unset = UNSET,
        filter_: StockItemFilter | Unset = UNSET,
        sort: str | Unset = UNSET,
        stats: StockItemStatsRequest | Unset = UNSET,
        meta: StockItemStatsRequest | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[ErrorDocument | StockItemListResponse]: ...


@define
class _BooqableBase(ApiClient):
    """What the sync and the async client share: typed ``paginate``/``apaginate`` over the operation modules."""

    @overload
    def paginate(
        self,
        operation: _ListBundlesOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: BundleFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: BundleStatsRequest | Unset = ...,
        meta: BundleStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Bundle]: ...

    @overload
    def paginate(
        self,
        operation: _SearchBundlesOperation,
        /,
        *,
        body: BundleSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: BundleFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: BundleStatsRequest | Unset = ...,
        meta: BundleStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Bundle]: ...

    @overload
    def paginate(
        self,
        operation: _ListCustomersOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: CustomerFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: CustomerStatsRequest | Unset = ...,
        meta: CustomerStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Customer]: ...

    @overload
    def paginate(
        self,
        operation: _SearchCustomersOperation,
        /,
        *,
        body: CustomerSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: CustomerFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: CustomerStatsRequest | Unset = ...,
        meta: CustomerStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Customer]: ...

    @overload
    def paginate(
        self,
        operation: _ListItemsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: ItemFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: ItemStatsRequest | Unset = ...,
        meta: ItemStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Bundle | Product | ProductGroup]: ...

    @overload
    def paginate(
        self,
        operation: _SearchItemsOperation,
        /,
        *,
        body: ItemSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: ItemFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: ItemStatsRequest | Unset = ...,
        meta: ItemStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Bundle | Product | ProductGroup]: ...

    @overload
    def paginate(
        self,
        operation: _ListLinesOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: LineFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: LineStatsRequest | Unset = ...,
        meta: LineStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Line]: ...

    @overload
    def paginate(
        self,
        operation: _ListLocationsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: LocationFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: LocationStatsRequest | Unset = ...,
        meta: LocationStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Location]: ...

    @overload
    def paginate(
        self,
        operation: _ListOrdersOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: OrderFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: OrderStatsRequest | Unset = ...,
        meta: OrderStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Order]: ...

    @overload
    def paginate(
        self,
        operation: _SearchOrdersOperation,
        /,
        *,
        body: OrderSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: OrderFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: OrderStatsRequest | Unset = ...,
        meta: OrderStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Order]: ...

    @overload
    def paginate(
        self,
        operation: _ListPlanningsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: PlanningFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: PlanningStatsRequest | Unset = ...,
        meta: PlanningStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Planning]: ...

    @overload
    def paginate(
        self,
        operation: _SearchPlanningsOperation,
        /,
        *,
        body: PlanningSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: PlanningFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: PlanningStatsRequest | Unset = ...,
        meta: PlanningStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Planning]: ...

    @overload
    def paginate(
        self,
        operation: _ListPriceTilesOperation,
        /,
        *,
        fields: SparseFieldsets | Unset = ...,
        filter_: PriceTileFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: PriceTileStatsRequest | Unset = ...,
        meta: PriceTileStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[PriceTile]: ...

    @overload
    def paginate(
        self,
        operation: _ListProductsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: ProductFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: ProductStatsRequest | Unset = ...,
        meta: ProductStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Product]: ...

    @overload
    def paginate(
        self,
        operation: _SearchProductsOperation,
        /,
        *,
        body: ProductSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: ProductFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: ProductStatsRequest | Unset = ...,
        meta: ProductStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Product]: ...

    @overload
    def paginate(
        self,
        operation: _ListStockItemPlanningsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: StockItemPlanningFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: StockItemPlanningStatsRequest | Unset = ...,
        meta: StockItemPlanningStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[StockItemPlanning]: ...

    @overload
    def paginate(
        self,
        operation: _ListStockItemsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: StockItemFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: StockItemStatsRequest | Unset = ...,
        meta: StockItemStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[StockItem]: ...

    @overload
    def paginate(self, operation: ModuleType, /, **kwargs: Any) -> Paginator[Any]: ...
    def paginate(self, operation: Any, /, **kwargs: Any) -> Paginator[Any]:
        """Iterate the items of a paginated operation module across all its pages, typed by that operation.

        The lower layer under the namespaces' ``list`` methods: ``client.paginate(list_things, ...)``."""
        return super().paginate(operation, **kwargs)

    @overload
    def apaginate(
        self,
        operation: _ListBundlesOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: BundleFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: BundleStatsRequest | Unset = ...,
        meta: BundleStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Bundle]: ...

    @overload
    def apaginate(
        self,
        operation: _SearchBundlesOperation,
        /,
        *,
        body: BundleSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: BundleFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: BundleStatsRequest | Unset = ...,
        meta: BundleStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Bundle]: ...

    @overload
    def apaginate(
        self,
        operation: _ListCustomersOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: CustomerFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: CustomerStatsRequest | Unset = ...,
        meta: CustomerStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Customer]: ...

    @overload
    def apaginate(
        self,
        operation: _SearchCustomersOperation,
        /,
        *,
        body: CustomerSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: CustomerFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: CustomerStatsRequest | Unset = ...,
        meta: CustomerStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Customer]: ...

    @overload
    def apaginate(
        self,
        operation: _ListItemsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: ItemFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: ItemStatsRequest | Unset = ...,
        meta: ItemStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Bundle | Product | ProductGroup]: ...

    @overload
    def apaginate(
        self,
        operation: _SearchItemsOperation,
        /,
        *,
        body: ItemSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: ItemFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: ItemStatsRequest | Unset = ...,
        meta: ItemStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Bundle | Product | ProductGroup]: ...

    @overload
    def apaginate(
        self,
        operation: _ListLinesOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: LineFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: LineStatsRequest | Unset = ...,
        meta: LineStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Line]: ...

    @overload
    def apaginate(
        self,
        operation: _ListLocationsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: LocationFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: LocationStatsRequest | Unset = ...,
        meta: LocationStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Location]: ...

    @overload
    def apaginate(
        self,
        operation: _ListOrdersOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: OrderFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: OrderStatsRequest | Unset = ...,
        meta: OrderStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Order]: ...

    @overload
    def apaginate(
        self,
        operation: _SearchOrdersOperation,
        /,
        *,
        body: OrderSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: OrderFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: OrderStatsRequest | Unset = ...,
        meta: OrderStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Order]: ...

    @overload
    def apaginate(
        self,
        operation: _ListPlanningsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: PlanningFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: PlanningStatsRequest | Unset = ...,
        meta: PlanningStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Planning]: ...

    @overload
    def apaginate(
        self,
        operation: _SearchPlanningsOperation,
        /,
        *,
        body: PlanningSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: PlanningFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: PlanningStatsRequest | Unset = ...,
        meta: PlanningStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Planning]: ...

    @overload
    def apaginate(
        self,
        operation: _ListPriceTilesOperation,
        /,
        *,
        fields: SparseFieldsets | Unset = ...,
        filter_: PriceTileFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: PriceTileStatsRequest | Unset = ...,
        meta: PriceTileStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[PriceTile]: ...

    @overload
    def apaginate(
        self,
        operation: _ListProductsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: ProductFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: ProductStatsRequest | Unset = ...,
        meta: ProductStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Product]: ...

    @overload
    def apaginate(
        self,
        operation: _SearchProductsOperation,
        /,
        *,
        body: ProductSearchRequest,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: ProductFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: ProductStatsRequest | Unset = ...,
        meta: ProductStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Product]: ...

    @overload
    def apaginate(
        self,
        operation: _ListStockItemPlanningsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: StockItemPlanningFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: StockItemPlanningStatsRequest | Unset = ...,
        meta: StockItemPlanningStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[StockItemPlanning]: ...

    @overload
    def apaginate(
        self,
        operation: _ListStockItemsOperation,
        /,
        *,
        include: str | Unset = ...,
        fields: SparseFieldsets | Unset = ...,
        filter_: StockItemFilter | Unset = ...,
        sort: str | Unset = ...,
        stats: StockItemStatsRequest | Unset = ...,
        meta: StockItemStatsRequest | Unset = ...,
        page_number: int | Unset = ...,
        page_size: int | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[StockItem]: ...

    @overload
    def apaginate(self, operation: ModuleType, /, **kwargs: Any) -> AsyncPaginator[Any]: ...
    def apaginate(self, operation: Any, /, **kwargs: Any) -> AsyncPaginator[Any]:
        """The async twin of :meth:`paginate`."""
        return super().apaginate(operation, **kwargs)


@define
class Booqable(_BooqableBase):
    """The Booqable API, resource by resource: ``client.<namespace>.<method>(...)`` (see api.md).

    An ``ApiClient`` (timeouts, retries, typed errors, auth), so it also goes to any operation module as
    ``client=``. Make one with the package's ``connect(...)``; use it with ``with``. ``async with`` gives the
    async twin, :class:`AsyncBooqable` (also :meth:`to_async`), sharing connections and auth.
    """

    @property
    def bundles(self) -> BundlesResource:
        """Sets of products rented together."""
        return BundlesResource(self)

    @property
    def customers(self) -> CustomersResource:
        """People and companies who rent."""
        return CustomersResource(self)

    @property
    def items(self) -> ItemsResource:
        """Product groups, products and bundles read through one endpoint."""
        return ItemsResource(self)

    @property
    def lines(self) -> LinesResource:
        """The priced rows of an order or document, one per booked item plus custom charges."""
        return LinesResource(self)

    @property
    def locations(self) -> LocationsResource:
        """Stores and warehouses where rentals start and end."""
        return LocationsResource(self)

    @property
    def orders(self) -> OrdersResource:
        """Rental orders: period, customer, locations, status and money totals."""
        return OrdersResource(self)

    @property
    def plannings(self) -> PlanningsResource:
        """How many units of a product or bundle are booked for which period, per order or downtime."""
        return PlanningsResource(self)

    @property
    def price_tiles(self) -> PriceTilesResource:
        """Steps of a tiered price structure."""
        return PriceTilesResource(self)

    @property
    def products(self) -> ProductsResource:
        """Rentable variations of a product group."""
        return ProductsResource(self)

    @property
    def stock_item_plannings(self) -> StockItemPlanningsResource:
        """Which stock item fulfils which planning, and its progress."""
        return StockItemPlanningsResource(self)

    @property
    def stock_items(self) -> StockItemsResource:
        """Individual, trackable units of a product."""
        return StockItemsResource(self)

    def to_async(self) -> AsyncBooqable:
        """The async client over the same settings, connection pools and auth (token cache included)."""
        return twin(self, AsyncBooqable)

    async def __aenter__(self) -> AsyncBooqable:  # type: ignore[override]
        await super().__aenter__()
        return self.to_async()


@define
class AsyncBooqable(_BooqableBase):
    """The async twin of :class:`Booqable`: ``await client.<namespace>.<method>(...)``, ``async for`` over lists."""

    @property
    def bundles(self) -> AsyncBundlesResource:
        """Sets of products rented together."""
        return AsyncBundlesResource(self)

    @property
    def customers(self) -> AsyncCustomersResource:
        """People and companies who rent."""
        return AsyncCustomersResource(self)

    @property
    def items(self) -> AsyncItemsResource:
        """Product groups, products and bundles read through one endpoint."""
        return AsyncItemsResource(self)

    @property
    def lines(self) -> AsyncLinesResource:
        """The priced rows of an order or document, one per booked item plus custom charges."""
        return AsyncLinesResource(self)

    @property
    def locations(self) -> AsyncLocationsResource:
        """Stores and warehouses where rentals start and end."""
        return AsyncLocationsResource(self)

    @property
    def orders(self) -> AsyncOrdersResource:
        """Rental orders: period, customer, locations, status and money totals."""
        return AsyncOrdersResource(self)

    @property
    def plannings(self) -> AsyncPlanningsResource:
        """How many units of a product or bundle are booked for which period, per order or downtime."""
        return AsyncPlanningsResource(self)

    @property
    def price_tiles(self) -> AsyncPriceTilesResource:
        """Steps of a tiered price structure."""
        return AsyncPriceTilesResource(self)

    @property
    def products(self) -> AsyncProductsResource:
        """Rentable variations of a product group."""
        return AsyncProductsResource(self)

    @property
    def stock_item_plannings(self) -> AsyncStockItemPlanningsResource:
        """Which stock item fulfils which planning, and its progress."""
        return AsyncStockItemPlanningsResource(self)

    @property
    def stock_items(self) -> AsyncStockItemsResource:
        """Individual, trackable units of a product."""
        return AsyncStockItemsResource(self)

    def to_sync(self) -> Booqable:
        """The sync client over the same settings, connection pools and auth."""
        return twin(self, Booqable)


ResourceClient = Booqable
"""The same name in every package, for the hand-written overlays (``connect`` returns one)."""
AsyncResourceClient = AsyncBooqable
