from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._fields import FieldError
from ...models.do_list import DoList
from ...models.do_query import DoQuery
from ...models.error_message import ErrorMessage
from ...models.language import Language
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DoQuery,
    accept_language: Language | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/do/list",
        "extensions": {"operation_module": __name__},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DoList | ErrorMessage:
    """The documented body of ``response``; anything else raises (``errors.ApiError``), never a silent ``None``.

    A body that is not what the spec says (a wrong type, a null it does not allow, a missing required property)
    raises ``errors.MalformedResponseError`` with the JSON path and what was expected there.
    """
    try:
        if response.status_code == 200:
            response_200 = DoList.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ErrorMessage.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = ErrorMessage.from_dict(response.json())

            return response_401

        if 200 <= response.status_code < 300:  # a success status the spec does not name here
            response_200 = DoList.from_dict(response.json())

            return response_200

    except FieldError as exc:  # a value of the wrong type, a null not allowed, a required one missing
        raise errors.MalformedResponseError.for_field(exc, operation="POST /api/do/list", response=response) from exc
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as exc:
        # not JSON at all, not decodable, nested too deep for the parser, a number past any float
        raise errors.MalformedResponseError.for_exception(
            exc, operation="POST /api/do/list", response=response
        ) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DoList | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DoQuery,
    accept_language: Language | Unset = UNSET,
) -> Response[DoList | ErrorMessage]:
    """Search planned items

     The planned items between two dates, optionally restricted to some resources, categories and tasks.
    Known only from one public integration's calls, so the shapes are partly assumed. The call reads
    data only, so it is safe to repeat.

    Args:
        accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
            Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
            and Swedish.
        body (DoQuery): What planned items to return.

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[DoList | ErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DoList:
    """The success model of ``response``; an error status raises its typed error, whatever the client."""
    if response.status_code >= 400:  # only a client that does not raise by itself (the generated ones) gets here
        from ...lib._errors import error_for_response

        raise error_for_response(response, lambda _: _parse_response(client=client, response=response))
    return cast("DoList", _parse_response(client=client, response=response))


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DoQuery,
    accept_language: Language | Unset = UNSET,
) -> DoList:
    """Search planned items

     The planned items between two dates, optionally restricted to some resources, categories and tasks.
    Known only from one public integration's calls, so the shapes are partly assumed. The call reads
    data only, so it is safe to repeat.

    Args:
        accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
            Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
            and Swedish.
        body (DoQuery): What planned items to return.

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        DoList
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DoQuery,
    accept_language: Language | Unset = UNSET,
) -> Response[DoList | ErrorMessage]:
    """Search planned items

     The planned items between two dates, optionally restricted to some resources, categories and tasks.
    Known only from one public integration's calls, so the shapes are partly assumed. The call reads
    data only, so it is safe to repeat.

    Args:
        accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
            Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
            and Swedish.
        body (DoQuery): What planned items to return.

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[DoList | ErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DoQuery,
    accept_language: Language | Unset = UNSET,
) -> DoList:
    """Search planned items

     The planned items between two dates, optionally restricted to some resources, categories and tasks.
    Known only from one public integration's calls, so the shapes are partly assumed. The call reads
    data only, so it is safe to repeat.

    Args:
        accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
            Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
            and Swedish.
        body (DoQuery): What planned items to return.

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        DoList
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)
