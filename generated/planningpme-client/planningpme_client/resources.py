"""The resource-oriented client of the PlanningPME API: ``PlanningPME`` (sync) and ``AsyncPlanningPME``.

``connect(...)`` returns a ``PlanningPME``; ``with connect(...) as client`` gives it, ``async with connect(...) as
client`` gives its async twin. Each namespace (``client.<resource>``) calls the generated operation modules under
``api/``: methods return the success model and raise a typed ``ApiError`` otherwise; paginated operations return
typed paginators. Operation modules are imported on a method's first call, so importing this module stays cheap.
Written by the pipeline (specs/_pipeline/resources.py) from the spec; do not edit. Reference: api.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, Unpack, cast, overload

from attrs import define

from .lib._client import ApiClient
from .lib._lazy import lazy_modules, loaded
from .lib._namespaces import AsyncNamespace, Namespace, given, listed, required, twin, with_call_options
from .lib._options import CallOptions
from .lib._raw import raw
from .types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Sequence
    from types import ModuleType
    from typing import Any, cast

    from .api.category import list_categories as list_categories
    from .api.config import get_config as get_config
    from .api.customer import create_customer as create_customer
    from .api.customer import get_customer as get_customer
    from .api.customer import list_customers as list_customers
    from .api.department import get_department as get_department
    from .api.department import list_departments as list_departments
    from .api.do import get_do as get_do
    from .api.do import list_do as list_do
    from .api.oauth import create_oauth_client as create_oauth_client
    from .api.oauth import create_oauth_token as create_oauth_token
    from .api.oauth import list_oauth_clients as list_oauth_clients
    from .api.oauth import list_oauth_tokens as list_oauth_tokens
    from .api.task import get_task as get_task
    from .api.task import list_tasks as list_tasks
    from .api.token import request_token as request_token
    from .api.token import request_token_with_put as request_token_with_put
    from .client import AuthenticatedClient, Client
    from .lib import _pagination
    from .lib._pagination import AsyncPaginator, Page, Paginator
    from .lib._raw import RawResponse
    from .models import customer_input as _m_customer_input
    from .models import do_query as _m_do_query
    from .models import oauth_client_input as _m_oauth_client_input
    from .models import oauth_token_input as _m_oauth_token_input
    from .models.category import Category
    from .models.category_list import CategoryList
    from .models.config import Config
    from .models.customer import Customer
    from .models.customer_input import CustomerInput
    from .models.customer_list import CustomerList
    from .models.customer_type import CustomerType
    from .models.department import Department
    from .models.department_list import DepartmentList
    from .models.do_item import DoItem
    from .models.do_list import DoList
    from .models.do_query import DoQuery
    from .models.error_message import ErrorMessage
    from .models.key_ref import KeyRef
    from .models.language import Language
    from .models.oauth_client import OauthClient
    from .models.oauth_client_input import OauthClientInput
    from .models.oauth_client_list import OauthClientList
    from .models.oauth_token import OauthToken
    from .models.oauth_token_created import OauthTokenCreated
    from .models.oauth_token_input import OauthTokenInput
    from .models.oauth_token_list import OauthTokenList
    from .models.task import Task
    from .models.task_list import TaskList
    from .models.token_request import TokenRequest
    from .models.token_response import TokenResponse
    from .types import Response
else:  # the operation modules load on a method's first call
    lazy_modules(
        globals(),
        __name__.rsplit(".", 1)[0],
        {
            "create_customer": "api.customer.create_customer",
            "create_oauth_client": "api.oauth.create_oauth_client",
            "create_oauth_token": "api.oauth.create_oauth_token",
            "get_config": "api.config.get_config",
            "get_customer": "api.customer.get_customer",
            "get_department": "api.department.get_department",
            "get_do": "api.do.get_do",
            "get_task": "api.task.get_task",
            "list_categories": "api.category.list_categories",
            "list_customers": "api.customer.list_customers",
            "list_departments": "api.department.list_departments",
            "list_do": "api.do.list_do",
            "list_oauth_clients": "api.oauth.list_oauth_clients",
            "list_oauth_tokens": "api.oauth.list_oauth_tokens",
            "list_tasks": "api.task.list_tasks",
            "request_token": "api.token.request_token",
            "request_token_with_put": "api.token.request_token_with_put",
            "_m_customer_input": "models.customer_input",
            "_m_do_query": "models.do_query",
            "_m_oauth_client_input": "models.oauth_client_input",
            "_m_oauth_token_input": "models.oauth_token_input",
            "_pagination": "lib._pagination",
        },
    )

__all__ = ["AsyncPlanningPME", "PlanningPME"]

METHODS: dict[str, str] = {
    "createCustomer": "customers.create",
    "createOauthClient": "oauth.create_client",
    "createOauthToken": "oauth.create_token",
    "getConfig": "config.get",
    "getCustomer": "customers.get",
    "getDepartment": "departments.get",
    "getDo": "do.get",
    "getTask": "tasks.get",
    "listCategories": "categories.list",
    "listCustomers": "customers.list",
    "listDepartments": "departments.list",
    "listDo": "do.list",
    "listOauthClients": "oauth.list_clients",
    "listOauthTokens": "oauth.list_tokens",
    "listTasks": "tasks.list",
    "requestToken": "token.request",
    "requestTokenWithPut": "token.request_with_put",
}
"""operationId -> ``<namespace>.<method>`` of the resource clients."""


class CategoriesResource(Namespace):
    """``client.categories``: Categories of planned items."""

    __slots__ = ()

    def list(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[Category]:
        """List categories

        The categories planned items can be filed under (their keys filter `listDo`). Known from one public
        integration's calls only; the answer's shape and the paging parameters are assumed.

        ``GET /api/category`` (operation ``listCategories``).

        Args:
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[Category]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_categories),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(page_index=page_index, page_size=page_size, sort_info=sort_info, accept_language=accept_language),
        )

    @property
    def with_raw_response(self) -> _CategoriesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_CategoriesResourceRaw", raw(self))


class ConfigResource(Namespace):
    """``client.config``: Constants of the API version."""

    __slots__ = ()

    def get(self, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]) -> Config:
        """Get the constants of this API version

        Returns, among other settings, every enumeration the API uses (member name mapped to its value). New
        members may appear in later versions; existing ones are kept. The vendor's examples call it with the
        application key alone.

        ``GET /api/config`` (operation ``getConfig``).

        Args:
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Config

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_config.sync(
            accept_language=accept_language,
            client=cast("AuthenticatedClient", with_call_options(self._client, options)),
        )

    @property
    def with_raw_response(self) -> _ConfigResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_ConfigResourceRaw", raw(self))


class CustomersResource(Namespace):
    """``client.customers``: Customers."""

    __slots__ = ()

    @overload
    def create(
        self, *, body: CustomerInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Customer: ...
    @overload
    def create(
        self,
        *,
        label: str | Unset = UNSET,
        type_: CustomerType | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        fields: dict[str, Any] | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Customer: ...
    def create(
        self,
        *,
        body: CustomerInput | Unset = UNSET,
        label: str | Unset = UNSET,
        type_: CustomerType | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        fields: dict[str, Any] | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Customer:
        """Create a customer

        Creates a customer and returns it with its key. The vendor's pages show this call but not its body;
        the fields here are assumed.

        ``POST /api/customer`` (operation ``createCustomer``).

        Args:
            body (CustomerInput): The writable fields of a customer.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            Or, instead of ``body``, the body's fields as keywords:
            label (str | Unset): Display name.
            type_ (CustomerType | Unset): Whether a customer is a person or a company.
            email (str | Unset):
            phone (str | Unset):
            mobile (str | Unset):
            fields (dict[str, Any] | Unset): Values of the brand's own data fields, keyed by field code. The
                value types depend on each field's type.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Customer

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_customer_input.CustomerInput(
                label=label, type_=type_, email=email, phone=phone, mobile=mobile, fields=fields
            )
        return create_customer.sync(
            body=body, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    def get(self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]) -> Customer:
        """Get one customer

        One customer by key. Kept although unverified, for the reason given at `listCustomers`; assumed to
        answer the way `getTask` does.

        ``GET /api/customer/{id}`` (operation ``getCustomer``).

        Args:
            id (int):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Customer

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_customer.sync(
            id=id, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    def list(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[Customer]:
        """List customers

        All customers the user may see, or one page of them. Kept although unverified: the vendor's pages
        show only `POST /api/customer`, but they describe a REST API whose resources read the way
        `/api/task` does (a paged list and one item by key), and their enumerations name customers
        throughout. The query parameters and the answer are assumed to be those of the task list.

        ``GET /api/customer`` (operation ``listCustomers``).

        Args:
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[Customer]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_customers),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(page_index=page_index, page_size=page_size, sort_info=sort_info, accept_language=accept_language),
        )

    @property
    def with_raw_response(self) -> _CustomersResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_CustomersResourceRaw", raw(self))


class DepartmentsResource(Namespace):
    """``client.departments``: Departments."""

    __slots__ = ()

    def get(self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]) -> Department:
        """Get one department

        One department by its key. Known from one public integration's calls; the answer's shape is assumed.

        ``GET /api/department/{id}`` (operation ``getDepartment``).

        Args:
            id (int):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Department

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_department.sync(
            id=id, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    def list(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[Department]:
        """List departments

        All departments, or one page of them. Known from one public integration's calls (which asks for
        `pageSize=999`); the answer's shape is assumed to be the common list envelope.

        ``GET /api/department`` (operation ``listDepartments``).

        Args:
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[Department]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_departments),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(page_index=page_index, page_size=page_size, sort_info=sort_info, accept_language=accept_language),
        )

    @property
    def with_raw_response(self) -> _DepartmentsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_DepartmentsResourceRaw", raw(self))


class DoResource(Namespace):
    """``client.do``: Planned items on the schedule."""

    __slots__ = ()

    def get(self, key: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]) -> DoItem:
        """Get one planned item

        One planned item in detail, including where it takes place.

        ``GET /api/do/{key}`` (operation ``getDo``).

        Args:
            key (int):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            DoItem

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_do.sync(key=key, accept_language=accept_language, client=with_call_options(self._client, options))

    @overload
    def list(
        self, *, body: DoQuery, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> DoList: ...
    @overload
    def list(
        self,
        *,
        date_from: datetime.datetime,
        date_to: datetime.datetime,
        resources: Sequence[int] | None | Unset = UNSET,
        categories: Sequence[int] | None | Unset = UNSET,
        results: str | Unset = UNSET,
        tasks: Sequence[int] | None | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> DoList: ...
    def list(
        self,
        *,
        body: DoQuery | Unset = UNSET,
        date_from: datetime.datetime | Unset = UNSET,
        date_to: datetime.datetime | Unset = UNSET,
        resources: Sequence[int] | None | Unset = UNSET,
        categories: Sequence[int] | None | Unset = UNSET,
        results: str | Unset = UNSET,
        tasks: Sequence[int] | None | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> DoList:
        """Search planned items

        The planned items between two dates, optionally restricted to some resources, categories and tasks.
        Known only from one public integration's calls, so the shapes are partly assumed. The call reads
        data only, so it is safe to repeat.

        ``POST /api/do/list`` (operation ``listDo``).

        Args:
            body (DoQuery): What planned items to return.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            Or, instead of ``body``, the body's fields as keywords:
            date_from (datetime.datetime): Start of the period.
            date_to (datetime.datetime): End of the period.
            resources (list[int] | None | Unset): Keys of the resources to keep; `null` for all.
            categories (list[int] | None | Unset): Keys of the categories to keep.
            results (str | Unset): Kind of planned item to return, such as `Task`.
            tasks (list[int] | None | Unset): Keys to restrict the tasks by; `null` for all. (The
                integration this is known from passes department keys here.)

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            DoList

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_do_query.DoQuery(
                date_from=required(date_from, "date_from"),
                date_to=required(date_to, "date_to"),
                resources=listed(resources),
                categories=listed(categories),
                results=results,
                tasks=listed(tasks),
            )
        return list_do.sync(body=body, accept_language=accept_language, client=with_call_options(self._client, options))

    @property
    def with_raw_response(self) -> _DoResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_DoResourceRaw", raw(self))


class OauthResource(Namespace):
    """``client.oauth``: OAuth clients and their long-lived tokens, for partner applications."""

    __slots__ = ()

    @overload
    def create_client(
        self, *, body: OauthClientInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> OauthClient: ...
    @overload
    def create_client(
        self, *, name: str, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> OauthClient: ...
    def create_client(
        self,
        *,
        body: OauthClientInput | Unset = UNSET,
        name: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> OauthClient:
        """Register an OAuth client

        Registers a client for a partner application and returns it with its new identifier.

        ``POST /api/oauth/client`` (operation ``createOauthClient``).

        Args:
            body (OauthClientInput): A new OAuth client.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the partner application.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            OauthClient

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_oauth_client_input.OauthClientInput(name=required(name, "name"))
        return create_oauth_client.sync(
            body=body, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    @overload
    def create_token(
        self, *, body: OauthTokenInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> OauthTokenCreated: ...
    @overload
    def create_token(
        self, *, client_id: str, user: KeyRef, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> OauthTokenCreated: ...
    def create_token(
        self,
        *,
        body: OauthTokenInput | Unset = UNSET,
        client_id: str | Unset = UNSET,
        user: KeyRef | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> OauthTokenCreated:
        """Create a token for an OAuth client

        Creates a long-lived token that lets an OAuth client act as the given user. The answer is the only
        time the full token (`jwt`) is shown: store it safely. The client then passes it as `assertion`
        (with its `client_id`) to `requestToken`.

        ``POST /api/oauth/token`` (operation ``createOauthToken``).

        Args:
            body (OauthTokenInput): A new token for an OAuth client, acting as a given user.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            Or, instead of ``body``, the body's fields as keywords:
            client_id (str): Identifier of the OAuth client.
            user (KeyRef): A reference to an item by its key.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            OauthTokenCreated

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_oauth_token_input.OauthTokenInput(
                client_id=required(client_id, "client_id"), user=required(user, "user")
            )
        return create_oauth_token.sync(
            body=body, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    def list_clients(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[OauthClient]:
        """List OAuth clients

        The OAuth clients registered for partner applications. The paging parameters are assumed from the
        common list conventions; the vendor's example calls it without them.

        ``GET /api/oauth/client`` (operation ``listOauthClients``).

        Args:
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[OauthClient]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_oauth_clients),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(page_index=page_index, page_size=page_size, sort_info=sort_info, accept_language=accept_language),
        )

    def list_tokens(
        self,
        *,
        client_id: str,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[OauthToken]:
        """List the tokens of an OAuth client

        The tokens created for one OAuth client. The secret part (`jwt`) is never listed, only a shortened
        `resume` of it. The paging parameters are assumed from the common list conventions.

        ``GET /api/oauth/token`` (operation ``listOauthTokens``).

        Args:
            client_id (str):
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[OauthToken]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_oauth_tokens),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(
                client_id=client_id,
                page_index=page_index,
                page_size=page_size,
                sort_info=sort_info,
                accept_language=accept_language,
            ),
        )

    @property
    def with_raw_response(self) -> _OauthResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_OauthResourceRaw", raw(self))


class TasksResource(Namespace):
    """``client.tasks``: Tasks (the kinds of work that get planned)."""

    __slots__ = ()

    def get(self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]) -> Task:
        """Get one task

        The task with its display style and the skills it requires.

        ``GET /api/task/{id}`` (operation ``getTask``).

        Args:
            id (int):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Task

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return get_task.sync(id=id, accept_language=accept_language, client=with_call_options(self._client, options))

    def list(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[Task]:
        """List tasks

        All tasks the user may see, or one page of them when `pageIndex` and `pageSize` are given
        (`pageIndex=1&pageSize=20` is the second page of twenty).

        ``GET /api/task`` (operation ``listTasks``).

        Args:
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Paginator[Task]: every item across all pages (``for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.Paginator(
            with_call_options(self._client, options),
            loaded(list_tasks),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            **given(page_index=page_index, page_size=page_size, sort_info=sort_info, accept_language=accept_language),
        )

    @property
    def with_raw_response(self) -> _TasksResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_TasksResourceRaw", raw(self))


class TokenResource(Namespace):
    """``client.token``: Getting a user token."""

    __slots__ = ()

    def request(
        self, *, body: TokenRequest, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> TokenResponse:
        """Get a user token

        Exchanges credentials for a user token. Which grant works depends on how the brand is set up:

        - `grant_type=password` with `username` and `password` (classic sign-in); -
        `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer` with `assertion` set to a service-account
        token copied from the PlanningPME account application; - the same grant with `client_id` and
        `assertion` set to a token created for an OAuth client (see `createOauthToken`).

        Only the application key is needed here. How long the token lasts: see `TokenResponse.expires_in`.

        ``POST /token`` (operation ``requestToken``).

        Args:
            body (TokenRequest): Form fields of a token request. Which fields go with which grant:
                `password` needs `username` and `password`; the JWT bearer grant needs `assertion`, plus
                `client_id` when the assertion belongs to an OAuth client.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            TokenResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return request_token.sync(
            body=body,
            accept_language=accept_language,
            client=cast("AuthenticatedClient", with_call_options(self._client, options)),
        )

    def request_with_put(
        self, *, body: TokenRequest, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> TokenResponse:
        """Get a user token (PUT)

        The same exchange as `requestToken`, sent with PUT. The vendor's pages only show POST; one public
        integration obtains its tokens this way (JWT bearer grant with an account token), so the endpoint
        answers PUT too. Prefer `requestToken`; the generated client's own sign-in uses POST.

        ``PUT /token`` (operation ``requestTokenWithPut``).

        Args:
            body (TokenRequest): Form fields of a token request. Which fields go with which grant:
                `password` needs `username` and `password`; the JWT bearer grant needs `assertion`, plus
                `client_id` when the assertion belongs to an OAuth client.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            TokenResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return request_token_with_put.sync(
            body=body,
            accept_language=accept_language,
            client=cast("AuthenticatedClient", with_call_options(self._client, options)),
        )

    @property
    def with_raw_response(self) -> _TokenResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_TokenResourceRaw", raw(self))


class AsyncCategoriesResource(AsyncNamespace):
    """``client.categories``: Categories of planned items.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    def list(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Category]:
        """List categories

        The categories planned items can be filed under (their keys filter `listDo`). Known from one public
        integration's calls only; the answer's shape and the paging parameters are assumed.

        ``GET /api/category`` (operation ``listCategories``).

        Args:
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[Category]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_categories),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(page_index=page_index, page_size=page_size, sort_info=sort_info, accept_language=accept_language),
        )

    @property
    def with_raw_response(self) -> _AsyncCategoriesResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncCategoriesResourceRaw", raw(self))


class AsyncConfigResource(AsyncNamespace):
    """``client.config``: Constants of the API version.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def get(self, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]) -> Config:
        """Get the constants of this API version

        Returns, among other settings, every enumeration the API uses (member name mapped to its value). New
        members may appear in later versions; existing ones are kept. The vendor's examples call it with the
        application key alone.

        ``GET /api/config`` (operation ``getConfig``).

        Args:
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Config

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_config.asyncio(
            accept_language=accept_language,
            client=cast("AuthenticatedClient", with_call_options(self._client, options)),
        )

    @property
    def with_raw_response(self) -> _AsyncConfigResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncConfigResourceRaw", raw(self))


class AsyncCustomersResource(AsyncNamespace):
    """``client.customers``: Customers.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    @overload
    async def create(
        self, *, body: CustomerInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Customer: ...
    @overload
    async def create(
        self,
        *,
        label: str | Unset = UNSET,
        type_: CustomerType | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        fields: dict[str, Any] | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Customer: ...
    async def create(
        self,
        *,
        body: CustomerInput | Unset = UNSET,
        label: str | Unset = UNSET,
        type_: CustomerType | Unset = UNSET,
        email: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        mobile: str | Unset = UNSET,
        fields: dict[str, Any] | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> Customer:
        """Create a customer

        Creates a customer and returns it with its key. The vendor's pages show this call but not its body;
        the fields here are assumed.

        ``POST /api/customer`` (operation ``createCustomer``).

        Args:
            body (CustomerInput): The writable fields of a customer.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            Or, instead of ``body``, the body's fields as keywords:
            label (str | Unset): Display name.
            type_ (CustomerType | Unset): Whether a customer is a person or a company.
            email (str | Unset):
            phone (str | Unset):
            mobile (str | Unset):
            fields (dict[str, Any] | Unset): Values of the brand's own data fields, keyed by field code. The
                value types depend on each field's type.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Customer

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_customer_input.CustomerInput(
                label=label, type_=type_, email=email, phone=phone, mobile=mobile, fields=fields
            )
        return await create_customer.asyncio(
            body=body, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    async def get(
        self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Customer:
        """Get one customer

        One customer by key. Kept although unverified, for the reason given at `listCustomers`; assumed to
        answer the way `getTask` does.

        ``GET /api/customer/{id}`` (operation ``getCustomer``).

        Args:
            id (int):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Customer

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_customer.asyncio(
            id=id, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    def list(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Customer]:
        """List customers

        All customers the user may see, or one page of them. Kept although unverified: the vendor's pages
        show only `POST /api/customer`, but they describe a REST API whose resources read the way
        `/api/task` does (a paged list and one item by key), and their enumerations name customers
        throughout. The query parameters and the answer are assumed to be those of the task list.

        ``GET /api/customer`` (operation ``listCustomers``).

        Args:
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[Customer]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_customers),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(page_index=page_index, page_size=page_size, sort_info=sort_info, accept_language=accept_language),
        )

    @property
    def with_raw_response(self) -> _AsyncCustomersResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncCustomersResourceRaw", raw(self))


class AsyncDepartmentsResource(AsyncNamespace):
    """``client.departments``: Departments.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def get(
        self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> Department:
        """Get one department

        One department by its key. Known from one public integration's calls; the answer's shape is assumed.

        ``GET /api/department/{id}`` (operation ``getDepartment``).

        Args:
            id (int):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Department

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_department.asyncio(
            id=id, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    def list(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Department]:
        """List departments

        All departments, or one page of them. Known from one public integration's calls (which asks for
        `pageSize=999`); the answer's shape is assumed to be the common list envelope.

        ``GET /api/department`` (operation ``listDepartments``).

        Args:
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[Department]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_departments),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(page_index=page_index, page_size=page_size, sort_info=sort_info, accept_language=accept_language),
        )

    @property
    def with_raw_response(self) -> _AsyncDepartmentsResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncDepartmentsResourceRaw", raw(self))


class AsyncDoResource(AsyncNamespace):
    """``client.do``: Planned items on the schedule.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def get(
        self, key: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> DoItem:
        """Get one planned item

        One planned item in detail, including where it takes place.

        ``GET /api/do/{key}`` (operation ``getDo``).

        Args:
            key (int):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            DoItem

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_do.asyncio(
            key=key, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    @overload
    async def list(
        self, *, body: DoQuery, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> DoList: ...
    @overload
    async def list(
        self,
        *,
        date_from: datetime.datetime,
        date_to: datetime.datetime,
        resources: Sequence[int] | None | Unset = UNSET,
        categories: Sequence[int] | None | Unset = UNSET,
        results: str | Unset = UNSET,
        tasks: Sequence[int] | None | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> DoList: ...
    async def list(
        self,
        *,
        body: DoQuery | Unset = UNSET,
        date_from: datetime.datetime | Unset = UNSET,
        date_to: datetime.datetime | Unset = UNSET,
        resources: Sequence[int] | None | Unset = UNSET,
        categories: Sequence[int] | None | Unset = UNSET,
        results: str | Unset = UNSET,
        tasks: Sequence[int] | None | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> DoList:
        """Search planned items

        The planned items between two dates, optionally restricted to some resources, categories and tasks.
        Known only from one public integration's calls, so the shapes are partly assumed. The call reads
        data only, so it is safe to repeat.

        ``POST /api/do/list`` (operation ``listDo``).

        Args:
            body (DoQuery): What planned items to return.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            Or, instead of ``body``, the body's fields as keywords:
            date_from (datetime.datetime): Start of the period.
            date_to (datetime.datetime): End of the period.
            resources (list[int] | None | Unset): Keys of the resources to keep; `null` for all.
            categories (list[int] | None | Unset): Keys of the categories to keep.
            results (str | Unset): Kind of planned item to return, such as `Task`.
            tasks (list[int] | None | Unset): Keys to restrict the tasks by; `null` for all. (The
                integration this is known from passes department keys here.)

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            DoList

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_do_query.DoQuery(
                date_from=required(date_from, "date_from"),
                date_to=required(date_to, "date_to"),
                resources=listed(resources),
                categories=listed(categories),
                results=results,
                tasks=listed(tasks),
            )
        return await list_do.asyncio(
            body=body, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    @property
    def with_raw_response(self) -> _AsyncDoResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncDoResourceRaw", raw(self))


class AsyncOauthResource(AsyncNamespace):
    """``client.oauth``: OAuth clients and their long-lived tokens, for partner applications.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    @overload
    async def create_client(
        self, *, body: OauthClientInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> OauthClient: ...
    @overload
    async def create_client(
        self, *, name: str, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> OauthClient: ...
    async def create_client(
        self,
        *,
        body: OauthClientInput | Unset = UNSET,
        name: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> OauthClient:
        """Register an OAuth client

        Registers a client for a partner application and returns it with its new identifier.

        ``POST /api/oauth/client`` (operation ``createOauthClient``).

        Args:
            body (OauthClientInput): A new OAuth client.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            Or, instead of ``body``, the body's fields as keywords:
            name (str): Name of the partner application.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            OauthClient

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_oauth_client_input.OauthClientInput(name=required(name, "name"))
        return await create_oauth_client.asyncio(
            body=body, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    @overload
    async def create_token(
        self, *, body: OauthTokenInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> OauthTokenCreated: ...
    @overload
    async def create_token(
        self, *, client_id: str, user: KeyRef, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> OauthTokenCreated: ...
    async def create_token(
        self,
        *,
        body: OauthTokenInput | Unset = UNSET,
        client_id: str | Unset = UNSET,
        user: KeyRef | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        **options: Unpack[CallOptions],
    ) -> OauthTokenCreated:
        """Create a token for an OAuth client

        Creates a long-lived token that lets an OAuth client act as the given user. The answer is the only
        time the full token (`jwt`) is shown: store it safely. The client then passes it as `assertion`
        (with its `client_id`) to `requestToken`.

        ``POST /api/oauth/token`` (operation ``createOauthToken``).

        Args:
            body (OauthTokenInput): A new token for an OAuth client, acting as a given user.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            Or, instead of ``body``, the body's fields as keywords:
            client_id (str): Identifier of the OAuth client.
            user (KeyRef): A reference to an item by its key.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            OauthTokenCreated

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        if isinstance(body, Unset):
            body = _m_oauth_token_input.OauthTokenInput(
                client_id=required(client_id, "client_id"), user=required(user, "user")
            )
        return await create_oauth_token.asyncio(
            body=body, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    def list_clients(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[OauthClient]:
        """List OAuth clients

        The OAuth clients registered for partner applications. The paging parameters are assumed from the
        common list conventions; the vendor's example calls it without them.

        ``GET /api/oauth/client`` (operation ``listOauthClients``).

        Args:
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[OauthClient]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_oauth_clients),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(page_index=page_index, page_size=page_size, sort_info=sort_info, accept_language=accept_language),
        )

    def list_tokens(
        self,
        *,
        client_id: str,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[OauthToken]:
        """List the tokens of an OAuth client

        The tokens created for one OAuth client. The secret part (`jwt`) is never listed, only a shortened
        `resume` of it. The paging parameters are assumed from the common list conventions.

        ``GET /api/oauth/token`` (operation ``listOauthTokens``).

        Args:
            client_id (str):
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[OauthToken]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_oauth_tokens),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(
                client_id=client_id,
                page_index=page_index,
                page_size=page_size,
                sort_info=sort_info,
                accept_language=accept_language,
            ),
        )

    @property
    def with_raw_response(self) -> _AsyncOauthResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncOauthResourceRaw", raw(self))


class AsyncTasksResource(AsyncNamespace):
    """``client.tasks``: Tasks (the kinds of work that get planned).

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def get(self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]) -> Task:
        """Get one task

        The task with its display style and the skills it requires.

        ``GET /api/task/{id}`` (operation ``getTask``).

        Args:
            id (int):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            Task

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await get_task.asyncio(
            id=id, accept_language=accept_language, client=with_call_options(self._client, options)
        )

    def list(
        self,
        *,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        concurrency: int = 4,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[Task]:
        """List tasks

        All tasks the user may see, or one page of them when `pageIndex` and `pageSize` are given
        (`pageIndex=1&pageSize=20` is the second page of twenty).

        ``GET /api/task`` (operation ``listTasks``).

        Args:
            page_index (int | Unset):
            page_size (int | Unset):
            sort_info (str | Unset):
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.
            max_items, max_pages: stop after this many items or pages.
            resume: a saved ``paginator.state``, to continue an interrupted run.
            concurrency: pages fetched at once when the total is known.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            AsyncPaginator[Task]: every item across all pages (``async for``); ``.pages()`` gives whole pages.

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return _pagination.AsyncPaginator(
            with_call_options(self._client, options),
            loaded(list_tasks),
            max_items=max_items,
            max_pages=max_pages,
            resume=resume,
            concurrency=concurrency,
            **given(page_index=page_index, page_size=page_size, sort_info=sort_info, accept_language=accept_language),
        )

    @property
    def with_raw_response(self) -> _AsyncTasksResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncTasksResourceRaw", raw(self))


class AsyncTokenResource(AsyncNamespace):
    """``client.token``: Getting a user token.

    Every method is a coroutine, except the paginated ones: they return an ``AsyncPaginator``.
    """

    __slots__ = ()

    async def request(
        self, *, body: TokenRequest, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> TokenResponse:
        """Get a user token

        Exchanges credentials for a user token. Which grant works depends on how the brand is set up:

        - `grant_type=password` with `username` and `password` (classic sign-in); -
        `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer` with `assertion` set to a service-account
        token copied from the PlanningPME account application; - the same grant with `client_id` and
        `assertion` set to a token created for an OAuth client (see `createOauthToken`).

        Only the application key is needed here. How long the token lasts: see `TokenResponse.expires_in`.

        ``POST /token`` (operation ``requestToken``).

        Args:
            body (TokenRequest): Form fields of a token request. Which fields go with which grant:
                `password` needs `username` and `password`; the JWT bearer grant needs `assertion`, plus
                `client_id` when the assertion belongs to an OAuth client.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            TokenResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await request_token.asyncio(
            body=body,
            accept_language=accept_language,
            client=cast("AuthenticatedClient", with_call_options(self._client, options)),
        )

    async def request_with_put(
        self, *, body: TokenRequest, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
    ) -> TokenResponse:
        """Get a user token (PUT)

        The same exchange as `requestToken`, sent with PUT. The vendor's pages only show POST; one public
        integration obtains its tokens this way (JWT bearer grant with an account token), so the endpoint
        answers PUT too. Prefer `requestToken`; the generated client's own sign-in uses POST.

        ``PUT /token`` (operation ``requestTokenWithPut``).

        Args:
            body (TokenRequest): Form fields of a token request. Which fields go with which grant:
                `password` needs `username` and `password`; the JWT bearer grant needs `assertion`, plus
                `client_id` when the assertion belongs to an OAuth client.
            accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
                Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
                and Swedish.

        Per-call options (any method): ``timeout``, ``extra_headers``, ``extra_query``, ``retry``.

        Returns:
            TokenResponse

        Raises:
            ApiError: the subclass for the status (``NotFoundError``...), or a network error.
        """
        return await request_token_with_put.asyncio(
            body=body,
            accept_language=accept_language,
            client=cast("AuthenticatedClient", with_call_options(self._client, options)),
        )

    @property
    def with_raw_response(self) -> _AsyncTokenResourceRaw:
        """The same methods, each returning the HTTP answer (``RawResponse``) with ``parse()``."""
        return cast("_AsyncTokenResourceRaw", raw(self))


class _ListCategoriesOperation(Protocol):
    """The operation module ``api.category.list_categories`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
    ) -> Response[CategoryList | ErrorMessage]: ...


class _ListCustomersOperation(Protocol):
    """The operation module ``api.customer.list_customers`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
    ) -> Response[CustomerList | ErrorMessage]: ...


class _ListDepartmentsOperation(Protocol):
    """The operation module ``api.department.list_departments`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
    ) -> Response[DepartmentList | ErrorMessage]: ...


class _ListOauthClientsOperation(Protocol):
    """The operation module ``api.oauth.list_oauth_clients`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
    ) -> Response[ErrorMessage | OauthClientList]: ...


class _ListOauthTokensOperation(Protocol):
    """The operation module ``api.oauth.list_oauth_tokens`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        client_id: str,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
    ) -> Response[ErrorMessage | OauthTokenList]: ...


class _ListTasksOperation(Protocol):
    """The operation module ``api.task.list_tasks`` as ``paginate`` sees it."""

    def sync_detailed(
        self,
        *,
        client: AuthenticatedClient | Client,
        page_index: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_info: str | Unset = UNSET,
        accept_language: Language | Unset = UNSET,
    ) -> Response[ErrorMessage | TaskList]: ...


if TYPE_CHECKING:  # the types of ``with_raw_response``

    class _CategoriesResourceRaw(Protocol):
        """``client.categories.with_raw_response``."""

        def list(
            self,
            *,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Category]]: ...

    class _ConfigResourceRaw(Protocol):
        """``client.config.with_raw_response``."""

        def get(
            self, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Config]: ...

    class _CustomersResourceRaw(Protocol):
        """``client.customers.with_raw_response``."""

        @overload
        def create(
            self, *, body: CustomerInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Customer]: ...
        @overload
        def create(
            self,
            *,
            label: str | Unset = UNSET,
            type_: CustomerType | Unset = UNSET,
            email: str | Unset = UNSET,
            phone: str | Unset = UNSET,
            mobile: str | Unset = UNSET,
            fields: dict[str, Any] | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Customer]: ...
        def get(
            self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Customer]: ...
        def list(
            self,
            *,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Customer]]: ...

    class _DepartmentsResourceRaw(Protocol):
        """``client.departments.with_raw_response``."""

        def get(
            self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Department]: ...
        def list(
            self,
            *,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Department]]: ...

    class _DoResourceRaw(Protocol):
        """``client.do.with_raw_response``."""

        def get(
            self, key: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[DoItem]: ...
        @overload
        def list(
            self, *, body: DoQuery, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[DoList]: ...
        @overload
        def list(
            self,
            *,
            date_from: datetime.datetime,
            date_to: datetime.datetime,
            resources: Sequence[int] | None | Unset = UNSET,
            categories: Sequence[int] | None | Unset = UNSET,
            results: str | Unset = UNSET,
            tasks: Sequence[int] | None | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[DoList]: ...

    class _OauthResourceRaw(Protocol):
        """``client.oauth.with_raw_response``."""

        @overload
        def create_client(
            self, *, body: OauthClientInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[OauthClient]: ...
        @overload
        def create_client(
            self, *, name: str, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[OauthClient]: ...
        @overload
        def create_token(
            self, *, body: OauthTokenInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[OauthTokenCreated]: ...
        @overload
        def create_token(
            self,
            *,
            client_id: str,
            user: KeyRef,
            accept_language: Language | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[OauthTokenCreated]: ...
        def list_clients(
            self,
            *,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[OauthClient]]: ...
        def list_tokens(
            self,
            *,
            client_id: str,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[OauthToken]]: ...

    class _TasksResourceRaw(Protocol):
        """``client.tasks.with_raw_response``."""

        def get(
            self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Task]: ...
        def list(
            self,
            *,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Task]]: ...

    class _TokenResourceRaw(Protocol):
        """``client.token.with_raw_response``."""

        def request(
            self, *, body: TokenRequest, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[TokenResponse]: ...
        def request_with_put(
            self, *, body: TokenRequest, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[TokenResponse]: ...

    class _AsyncCategoriesResourceRaw(Protocol):
        """``client.categories.with_raw_response``."""

        async def list(
            self,
            *,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Category]]: ...

    class _AsyncConfigResourceRaw(Protocol):
        """``client.config.with_raw_response``."""

        async def get(
            self, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Config]: ...

    class _AsyncCustomersResourceRaw(Protocol):
        """``client.customers.with_raw_response``."""

        @overload
        async def create(
            self, *, body: CustomerInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Customer]: ...
        @overload
        async def create(
            self,
            *,
            label: str | Unset = UNSET,
            type_: CustomerType | Unset = UNSET,
            email: str | Unset = UNSET,
            phone: str | Unset = UNSET,
            mobile: str | Unset = UNSET,
            fields: dict[str, Any] | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Customer]: ...
        async def get(
            self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Customer]: ...
        async def list(
            self,
            *,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Customer]]: ...

    class _AsyncDepartmentsResourceRaw(Protocol):
        """``client.departments.with_raw_response``."""

        async def get(
            self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Department]: ...
        async def list(
            self,
            *,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Department]]: ...

    class _AsyncDoResourceRaw(Protocol):
        """``client.do.with_raw_response``."""

        async def get(
            self, key: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[DoItem]: ...
        @overload
        async def list(
            self, *, body: DoQuery, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[DoList]: ...
        @overload
        async def list(
            self,
            *,
            date_from: datetime.datetime,
            date_to: datetime.datetime,
            resources: Sequence[int] | None | Unset = UNSET,
            categories: Sequence[int] | None | Unset = UNSET,
            results: str | Unset = UNSET,
            tasks: Sequence[int] | None | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[DoList]: ...

    class _AsyncOauthResourceRaw(Protocol):
        """``client.oauth.with_raw_response``."""

        @overload
        async def create_client(
            self, *, body: OauthClientInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[OauthClient]: ...
        @overload
        async def create_client(
            self, *, name: str, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[OauthClient]: ...
        @overload
        async def create_token(
            self, *, body: OauthTokenInput, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[OauthTokenCreated]: ...
        @overload
        async def create_token(
            self,
            *,
            client_id: str,
            user: KeyRef,
            accept_language: Language | Unset = UNSET,
            **options: Unpack[CallOptions],
        ) -> RawResponse[OauthTokenCreated]: ...
        async def list_clients(
            self,
            *,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[OauthClient]]: ...
        async def list_tokens(
            self,
            *,
            client_id: str,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[OauthToken]]: ...

    class _AsyncTasksResourceRaw(Protocol):
        """``client.tasks.with_raw_response``."""

        async def get(
            self, id: int, *, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[Task]: ...
        async def list(
            self,
            *,
            page_index: int | Unset = UNSET,
            page_size: int | Unset = UNSET,
            sort_info: str | Unset = UNSET,
            accept_language: Language | Unset = UNSET,
            max_items: int | None = None,
            max_pages: int | None = None,
            resume: dict[str, Any] | None = None,
            concurrency: int = 4,
            **options: Unpack[CallOptions],
        ) -> RawResponse[Page[Task]]: ...

    class _AsyncTokenResourceRaw(Protocol):
        """``client.token.with_raw_response``."""

        async def request(
            self, *, body: TokenRequest, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[TokenResponse]: ...
        async def request_with_put(
            self, *, body: TokenRequest, accept_language: Language | Unset = UNSET, **options: Unpack[CallOptions]
        ) -> RawResponse[TokenResponse]: ...


@define
class _PlanningPMEBase(ApiClient):
    """What the sync and the async client share: typed ``paginate``/``apaginate`` over the operation modules."""

    @overload
    def paginate(
        self,
        operation: _ListCategoriesOperation,
        /,
        *,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Category]: ...

    @overload
    def paginate(
        self,
        operation: _ListCustomersOperation,
        /,
        *,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Customer]: ...

    @overload
    def paginate(
        self,
        operation: _ListDepartmentsOperation,
        /,
        *,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Department]: ...

    @overload
    def paginate(
        self,
        operation: _ListOauthClientsOperation,
        /,
        *,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[OauthClient]: ...

    @overload
    def paginate(
        self,
        operation: _ListOauthTokensOperation,
        /,
        *,
        client_id: str,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[OauthToken]: ...

    @overload
    def paginate(
        self,
        operation: _ListTasksOperation,
        /,
        *,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
    ) -> Paginator[Task]: ...

    @overload
    def paginate(self, operation: ModuleType, /, **kwargs: Any) -> Paginator[Any]: ...
    def paginate(self, operation: Any, /, **kwargs: Any) -> Paginator[Any]:
        """Iterate the items of a paginated operation module across all its pages, typed by that operation.

        The lower layer under the namespaces' ``list`` methods: ``client.paginate(list_things, ...)``."""
        return super().paginate(operation, **kwargs)

    @overload
    def apaginate(
        self,
        operation: _ListCategoriesOperation,
        /,
        *,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Category]: ...

    @overload
    def apaginate(
        self,
        operation: _ListCustomersOperation,
        /,
        *,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Customer]: ...

    @overload
    def apaginate(
        self,
        operation: _ListDepartmentsOperation,
        /,
        *,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Department]: ...

    @overload
    def apaginate(
        self,
        operation: _ListOauthClientsOperation,
        /,
        *,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[OauthClient]: ...

    @overload
    def apaginate(
        self,
        operation: _ListOauthTokensOperation,
        /,
        *,
        client_id: str,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[OauthToken]: ...

    @overload
    def apaginate(
        self,
        operation: _ListTasksOperation,
        /,
        *,
        page_index: int | Unset = ...,
        page_size: int | Unset = ...,
        sort_info: str | Unset = ...,
        accept_language: Language | Unset = ...,
        max_items: int | None = ...,
        max_pages: int | None = ...,
        resume: dict[str, Any] | None = ...,
        concurrency: int = ...,
    ) -> AsyncPaginator[Task]: ...

    @overload
    def apaginate(self, operation: ModuleType, /, **kwargs: Any) -> AsyncPaginator[Any]: ...
    def apaginate(self, operation: Any, /, **kwargs: Any) -> AsyncPaginator[Any]:
        """The async twin of :meth:`paginate`."""
        return super().apaginate(operation, **kwargs)


@define
class PlanningPME(_PlanningPMEBase):
    """The PlanningPME API, resource by resource: ``client.<namespace>.<method>(...)`` (see api.md).

    An ``ApiClient`` (timeouts, retries, typed errors, auth), so it also goes to any operation module as
    ``client=``. Make one with the package's ``connect(...)``; use it with ``with``. ``async with`` gives the
    async twin, :class:`AsyncPlanningPME` (also :meth:`to_async`), sharing connections and auth.
    """

    @property
    def categories(self) -> CategoriesResource:
        """Categories of planned items."""
        return CategoriesResource(self)

    @property
    def config(self) -> ConfigResource:
        """Constants of the API version."""
        return ConfigResource(self)

    @property
    def customers(self) -> CustomersResource:
        """Customers."""
        return CustomersResource(self)

    @property
    def departments(self) -> DepartmentsResource:
        """Departments."""
        return DepartmentsResource(self)

    @property
    def do(self) -> DoResource:
        """Planned items on the schedule."""
        return DoResource(self)

    @property
    def oauth(self) -> OauthResource:
        """OAuth clients and their long-lived tokens, for partner applications."""
        return OauthResource(self)

    @property
    def tasks(self) -> TasksResource:
        """Tasks (the kinds of work that get planned)."""
        return TasksResource(self)

    @property
    def token(self) -> TokenResource:
        """Getting a user token."""
        return TokenResource(self)

    def to_async(self) -> AsyncPlanningPME:
        """The async client over the same settings, connection pools and auth (token cache included)."""
        return twin(self, AsyncPlanningPME)

    async def __aenter__(self) -> AsyncPlanningPME:  # type: ignore[override]
        await super().__aenter__()
        return self.to_async()


@define
class AsyncPlanningPME(_PlanningPMEBase):
    """The async twin of :class:`PlanningPME`: ``await client.<namespace>.<method>(...)``, ``async for`` over lists."""

    @property
    def categories(self) -> AsyncCategoriesResource:
        """Categories of planned items."""
        return AsyncCategoriesResource(self)

    @property
    def config(self) -> AsyncConfigResource:
        """Constants of the API version."""
        return AsyncConfigResource(self)

    @property
    def customers(self) -> AsyncCustomersResource:
        """Customers."""
        return AsyncCustomersResource(self)

    @property
    def departments(self) -> AsyncDepartmentsResource:
        """Departments."""
        return AsyncDepartmentsResource(self)

    @property
    def do(self) -> AsyncDoResource:
        """Planned items on the schedule."""
        return AsyncDoResource(self)

    @property
    def oauth(self) -> AsyncOauthResource:
        """OAuth clients and their long-lived tokens, for partner applications."""
        return AsyncOauthResource(self)

    @property
    def tasks(self) -> AsyncTasksResource:
        """Tasks (the kinds of work that get planned)."""
        return AsyncTasksResource(self)

    @property
    def token(self) -> AsyncTokenResource:
        """Getting a user token."""
        return AsyncTokenResource(self)

    def to_sync(self) -> PlanningPME:
        """The sync client over the same settings, connection pools and auth."""
        return twin(self, PlanningPME)


ResourceClient = PlanningPME
"""The same name in every package, for the hand-written overlays (``connect`` returns one)."""
AsyncResourceClient = AsyncPlanningPME
