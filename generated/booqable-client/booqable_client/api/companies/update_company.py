from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._fields import FieldError
from ...lib._query import deep_object
from ...models.company_response import CompanyResponse
from ...models.company_write_request import CompanyWriteRequest
from ...models.error_document import ErrorDocument
from ...models.sparse_fieldsets import SparseFieldsets
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompanyWriteRequest,
    fields: SparseFieldsets | Unset = UNSET,
    extra_fields: SparseFieldsets | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_fields: dict[str, Any] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields.to_dict()
    if not isinstance(json_fields, Unset):
        params.update(deep_object("fields", json_fields))

    json_extra_fields: dict[str, Any] | Unset = UNSET
    if not isinstance(extra_fields, Unset):
        json_extra_fields = extra_fields.to_dict()
    if not isinstance(json_extra_fields, Unset):
        params.update(deep_object("extra_fields", json_extra_fields))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/current",
        "params": params,
        "extensions": {"operation_module": __name__},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyResponse | ErrorDocument:
    """The documented body of ``response``; anything else raises (``errors.ApiError``), never a silent ``None``.

    A body that is not what the spec says (a wrong type, a null it does not allow, a missing required property)
    raises ``errors.MalformedResponseError`` with the JSON path and what was expected there.
    """
    try:
        if response.status_code == 200:
            response_200 = CompanyResponse.from_dict(response.json())

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
            response_200 = CompanyResponse.from_dict(response.json())

            return response_200

    except FieldError as exc:  # a value of the wrong type, a null not allowed, a required one missing
        raise errors.MalformedResponseError.for_field(
            exc, operation="PUT /companies/current", response=response
        ) from exc
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as exc:
        # not JSON at all, not decodable, nested too deep for the parser, a number past any float
        raise errors.MalformedResponseError.for_exception(
            exc, operation="PUT /companies/current", response=response
        ) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompanyResponse | ErrorDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyWriteRequest,
    fields: SparseFieldsets | Unset = UNSET,
    extra_fields: SparseFieldsets | Unset = UNSET,
) -> Response[CompanyResponse | ErrorDocument]:
    """Update the company

     Changes the attributes that are sent and returns the company.

    Args:
        fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-
            separated list (`fields[plannings]=id,quantity`). Types not named here can be given too.
        extra_fields (SparseFieldsets | Unset): Attributes to return per resource type, as a
            comma-separated list (`fields[plannings]=id,quantity`). Types not named here can be given
            too.
        body (CompanyWriteRequest): Body for creating or updating a company.

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[CompanyResponse | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
        extra_fields=extra_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CompanyResponse:
    """The success model of ``response``; an error status raises its typed error, whatever the client."""
    if response.status_code >= 400:  # only a client that does not raise by itself (the generated ones) gets here
        from ...lib._errors import error_for_response

        raise error_for_response(response, lambda _: _parse_response(client=client, response=response))
    return cast("CompanyResponse", _parse_response(client=client, response=response))


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyWriteRequest,
    fields: SparseFieldsets | Unset = UNSET,
    extra_fields: SparseFieldsets | Unset = UNSET,
) -> CompanyResponse:
    """Update the company

     Changes the attributes that are sent and returns the company.

    Args:
        fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-
            separated list (`fields[plannings]=id,quantity`). Types not named here can be given too.
        extra_fields (SparseFieldsets | Unset): Attributes to return per resource type, as a
            comma-separated list (`fields[plannings]=id,quantity`). Types not named here can be given
            too.
        body (CompanyWriteRequest): Body for creating or updating a company.

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        CompanyResponse
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
        extra_fields=extra_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyWriteRequest,
    fields: SparseFieldsets | Unset = UNSET,
    extra_fields: SparseFieldsets | Unset = UNSET,
) -> Response[CompanyResponse | ErrorDocument]:
    """Update the company

     Changes the attributes that are sent and returns the company.

    Args:
        fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-
            separated list (`fields[plannings]=id,quantity`). Types not named here can be given too.
        extra_fields (SparseFieldsets | Unset): Attributes to return per resource type, as a
            comma-separated list (`fields[plannings]=id,quantity`). Types not named here can be given
            too.
        body (CompanyWriteRequest): Body for creating or updating a company.

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[CompanyResponse | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
        extra_fields=extra_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompanyWriteRequest,
    fields: SparseFieldsets | Unset = UNSET,
    extra_fields: SparseFieldsets | Unset = UNSET,
) -> CompanyResponse:
    """Update the company

     Changes the attributes that are sent and returns the company.

    Args:
        fields (SparseFieldsets | Unset): Attributes to return per resource type, as a comma-
            separated list (`fields[plannings]=id,quantity`). Types not named here can be given too.
        extra_fields (SparseFieldsets | Unset): Attributes to return per resource type, as a
            comma-separated list (`fields[plannings]=id,quantity`). Types not named here can be given
            too.
        body (CompanyWriteRequest): Body for creating or updating a company.

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        CompanyResponse
    """

    kwargs = _get_kwargs(
        body=body,
        fields=fields,
        extra_fields=extra_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)
