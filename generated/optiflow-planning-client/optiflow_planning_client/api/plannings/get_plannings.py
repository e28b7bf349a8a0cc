import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._fields import FieldError
from ...lib._fields import naive_datetime as _naive__datetime
from ...models.plannings_page import PlanningsPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    released_since: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_released_since: str | Unset = UNSET
    if not isinstance(released_since, Unset):
        json_released_since = (
            released_since.isoformat() if released_since.tzinfo is not None else _naive__datetime("released_since")
        )
    params["released_since"] = json_released_since

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/plannings",
        "params": params,
        "extensions": {"operation_module": __name__},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlanningsPage | Problem:
    """The documented body of ``response``; anything else raises (``errors.ApiError``), never a silent ``None``.

    A body that is not what the spec says (a wrong type, a null it does not allow, a missing required property)
    raises ``errors.MalformedResponseError`` with the JSON path and what was expected there.
    """
    try:
        if response.status_code == 200:
            response_200 = PlanningsPage.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = Problem.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = Problem.from_dict(response.json())

            return response_401

        if response.status_code == 405:
            response_405 = Problem.from_dict(response.json())

            return response_405

        if response.status_code == 406:
            response_406 = Problem.from_dict(response.json())

            return response_406

        if 200 <= response.status_code < 300:  # a success status the spec does not name here
            response_200 = PlanningsPage.from_dict(response.json())

            return response_200

    except FieldError as exc:  # a value of the wrong type, a null not allowed, a required one missing
        raise errors.MalformedResponseError.for_field(exc, operation="GET /plannings", response=response) from exc
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as exc:
        # not JSON at all, not decodable, nested too deep for the parser, a number past any float
        raise errors.MalformedResponseError.for_exception(exc, operation="GET /plannings", response=response) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PlanningsPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    released_since: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[PlanningsPage | Problem]:
    """List plannings

     Returns one page of plannings, newest `created_at` first. Pass the `next` cursor of a page as
    `cursor` to fetch the page after it.

    Args:
        released_since (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[PlanningsPage | Problem]
    """

    kwargs = _get_kwargs(
        released_since=released_since,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlanningsPage:
    """The success model of ``response``; an error status raises its typed error, whatever the client."""
    if response.status_code >= 400:  # only a client that does not raise by itself (the generated ones) gets here
        from ...lib._errors import error_for_response

        raise error_for_response(response, lambda _: _parse_response(client=client, response=response))
    return cast("PlanningsPage", _parse_response(client=client, response=response))


def sync(
    *,
    client: AuthenticatedClient | Client,
    released_since: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> PlanningsPage:
    """List plannings

     Returns one page of plannings, newest `created_at` first. Pass the `next` cursor of a page as
    `cursor` to fetch the page after it.

    Args:
        released_since (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        PlanningsPage
    """

    kwargs = _get_kwargs(
        released_since=released_since,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    released_since: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[PlanningsPage | Problem]:
    """List plannings

     Returns one page of plannings, newest `created_at` first. Pass the `next` cursor of a page as
    `cursor` to fetch the page after it.

    Args:
        released_since (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[PlanningsPage | Problem]
    """

    kwargs = _get_kwargs(
        released_since=released_since,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    released_since: datetime.datetime | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 100,
) -> PlanningsPage:
    """List plannings

     Returns one page of plannings, newest `created_at` first. Pass the `next` cursor of a page as
    `cursor` to fetch the page after it.

    Args:
        released_since (datetime.datetime | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        PlanningsPage
    """

    kwargs = _get_kwargs(
        released_since=released_since,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)
