from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._fields import FieldError
from ...lib._query import deep_object
from ...models.error_document import ErrorDocument
from ...models.sparse_fieldsets import SparseFieldsets
from ...models.stripe_account_filter import StripeAccountFilter
from ...models.stripe_account_list_response import StripeAccountListResponse
from ...models.stripe_account_stats_request import StripeAccountStatsRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: SparseFieldsets | Unset = UNSET,
    filter_: StripeAccountFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
    stats: StripeAccountStatsRequest | Unset = UNSET,
    meta: StripeAccountStatsRequest | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_fields: dict[str, Any] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields.to_dict()
    if not isinstance(json_fields, Unset):
        params.update(deep_object("fields", json_fields))

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if not isinstance(json_filter_, Unset):
        params.update(deep_object("filter", json_filter_))

    params["sort"] = sort

    json_stats: dict[str, Any] | Unset = UNSET
    if not isinstance(stats, Unset):
        json_stats = stats.to_dict()
    if not isinstance(json_stats, Unset):
        params.update(deep_object("stats", json_stats))

    json_meta: dict[str, Any] | Unset = UNSET
    if not isinstance(meta, Unset):
        json_meta = meta.to_dict()
    if not isinstance(json_meta, Unset):
        params.update(deep_object("meta", json_meta))

    params["page[number]"] = page_number

    params["page[size]"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/stripe_accounts",
        "params": params,
        "extensions": {"operation_module": __name__},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | StripeAccountListResponse:
    """The documented body of ``response``; anything else raises (``errors.ApiError``), never a silent ``None``.

    A body that is not what the spec says (a wrong type, a null it does not allow, a missing required property)
    raises ``errors.MalformedResponseError`` with the JSON path and what was expected there.
    """
    try:
        if response.status_code == 200:
            response_200 = StripeAccountListResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorDocument.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = ErrorDocument.from_dict(response.json())

            return response_401

        if response.status_code == 403:
            response_403 = ErrorDocument.from_dict(response.json())

            return response_403

        if response.status_code == 404:
            response_404 = ErrorDocument.from_dict(response.json())

            return response_404

        if response.status_code == 405:
            response_405 = ErrorDocument.from_dict(response.json())

            return response_405

        if response.status_code == 406:
            response_406 = ErrorDocument.from_dict(response.json())

            return response_406

        if response.status_code == 410:
            response_410 = ErrorDocument.from_dict(response.json())

            return response_410

        if response.status_code == 418:
            response_418 = ErrorDocument.from_dict(response.json())

            return response_418

        if response.status_code == 422:
            response_422 = ErrorDocument.from_dict(response.json())

            return response_422

        if response.status_code == 429:
            response_429 = ErrorDocument.from_dict(response.json())

            return response_429

        if 500 <= response.status_code <= 599:
            response_5xx = ErrorDocument.from_dict(response.json())

            return response_5xx

        if 200 <= response.status_code < 300:  # a success status the spec does not name here
            response_200 = StripeAccountListResponse.from_dict(response.json())

            return response_200

    except FieldError as exc:  # a value of the wrong type, a null not allowed, a required one missing
        raise errors.MalformedResponseError.for_field(exc, operation="GET /stripe_accounts", response=response) from exc
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as exc:
        # not JSON at all, not decodable, nested too deep for the parser, a number past any float
        raise errors.MalformedResponseError.for_exception(
            exc, operation="GET /stripe_accounts", response=response
        ) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDocument | StripeAccountListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: SparseFieldsets | Unset = UNSET,
    filter_: StripeAccountFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
    stats: StripeAccountStatsRequest | Unset = UNSET,
    meta: StripeAccountStatsRequest | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorDocument | StripeAccountListResponse]:
    """List stripe accounts

     Returns one page of stripe accounts. Narrow the list with `filter`, order it with `sort`, page with
    `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`).

    Args:
        fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-
            separated list (`fields[plannings]=id,quantity`). Types not named here can be given too.
        filter_ (StripeAccountFilter | Unset): Filters for stripe accounts: attribute name to
            operators (or to a bare value, meaning `eq`). Sent as
            `filter[<attribute>][<operator>]=<value>`.
        sort (str | Unset):
        stats (StripeAccountStatsRequest | Unset): Aggregations to compute over all matching
            stripe accounts (not just the page): field name to the list of aggregations. Sent as
            `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
        meta (StripeAccountStatsRequest | Unset): Aggregations to compute over all matching stripe
            accounts (not just the page): field name to the list of aggregations. Sent as
            `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[ErrorDocument | StripeAccountListResponse]
    """

    kwargs = _get_kwargs(
        fields=fields,
        filter_=filter_,
        sort=sort,
        stats=stats,
        meta=meta,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> StripeAccountListResponse:
    """The success model of ``response``; an error status raises its typed error, whatever the client."""
    if response.status_code >= 400:  # only a client that does not raise by itself (the generated ones) gets here
        from ...lib._errors import error_for_response

        raise error_for_response(response, lambda _: _parse_response(client=client, response=response))
    return cast("StripeAccountListResponse", _parse_response(client=client, response=response))


def sync(
    *,
    client: AuthenticatedClient | Client,
    fields: SparseFieldsets | Unset = UNSET,
    filter_: StripeAccountFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
    stats: StripeAccountStatsRequest | Unset = UNSET,
    meta: StripeAccountStatsRequest | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> StripeAccountListResponse:
    """List stripe accounts

     Returns one page of stripe accounts. Narrow the list with `filter`, order it with `sort`, page with
    `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`).

    Args:
        fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-
            separated list (`fields[plannings]=id,quantity`). Types not named here can be given too.
        filter_ (StripeAccountFilter | Unset): Filters for stripe accounts: attribute name to
            operators (or to a bare value, meaning `eq`). Sent as
            `filter[<attribute>][<operator>]=<value>`.
        sort (str | Unset):
        stats (StripeAccountStatsRequest | Unset): Aggregations to compute over all matching
            stripe accounts (not just the page): field name to the list of aggregations. Sent as
            `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
        meta (StripeAccountStatsRequest | Unset): Aggregations to compute over all matching stripe
            accounts (not just the page): field name to the list of aggregations. Sent as
            `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        StripeAccountListResponse
    """

    kwargs = _get_kwargs(
        fields=fields,
        filter_=filter_,
        sort=sort,
        stats=stats,
        meta=meta,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: SparseFieldsets | Unset = UNSET,
    filter_: StripeAccountFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
    stats: StripeAccountStatsRequest | Unset = UNSET,
    meta: StripeAccountStatsRequest | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorDocument | StripeAccountListResponse]:
    """List stripe accounts

     Returns one page of stripe accounts. Narrow the list with `filter`, order it with `sort`, page with
    `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`).

    Args:
        fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-
            separated list (`fields[plannings]=id,quantity`). Types not named here can be given too.
        filter_ (StripeAccountFilter | Unset): Filters for stripe accounts: attribute name to
            operators (or to a bare value, meaning `eq`). Sent as
            `filter[<attribute>][<operator>]=<value>`.
        sort (str | Unset):
        stats (StripeAccountStatsRequest | Unset): Aggregations to compute over all matching
            stripe accounts (not just the page): field name to the list of aggregations. Sent as
            `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
        meta (StripeAccountStatsRequest | Unset): Aggregations to compute over all matching stripe
            accounts (not just the page): field name to the list of aggregations. Sent as
            `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[ErrorDocument | StripeAccountListResponse]
    """

    kwargs = _get_kwargs(
        fields=fields,
        filter_=filter_,
        sort=sort,
        stats=stats,
        meta=meta,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fields: SparseFieldsets | Unset = UNSET,
    filter_: StripeAccountFilter | Unset = UNSET,
    sort: str | Unset = UNSET,
    stats: StripeAccountStatsRequest | Unset = UNSET,
    meta: StripeAccountStatsRequest | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> StripeAccountListResponse:
    """List stripe accounts

     Returns one page of stripe accounts. Narrow the list with `filter`, order it with `sort`, page with
    `page[number]`/`page[size]`, and ask for totals with `stats` (or `meta`).

    Args:
        fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-
            separated list (`fields[plannings]=id,quantity`). Types not named here can be given too.
        filter_ (StripeAccountFilter | Unset): Filters for stripe accounts: attribute name to
            operators (or to a bare value, meaning `eq`). Sent as
            `filter[<attribute>][<operator>]=<value>`.
        sort (str | Unset):
        stats (StripeAccountStatsRequest | Unset): Aggregations to compute over all matching
            stripe accounts (not just the page): field name to the list of aggregations. Sent as
            `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
        meta (StripeAccountStatsRequest | Unset): Aggregations to compute over all matching stripe
            accounts (not just the page): field name to the list of aggregations. Sent as
            `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.
        page_number (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        StripeAccountListResponse
    """

    kwargs = _get_kwargs(
        fields=fields,
        filter_=filter_,
        sort=sort,
        stats=stats,
        meta=meta,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)
