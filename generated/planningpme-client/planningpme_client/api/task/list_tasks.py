from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._fields import FieldError
from ...models.error_message import ErrorMessage
from ...models.language import Language
from ...models.task_list import TaskList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_info: str | Unset = UNSET,
    accept_language: Language | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["pageIndex"] = page_index

    params["pageSize"] = page_size

    params["sortInfo"] = sort_info

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/task",
        "params": params,
        "extensions": {"operation_module": __name__},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMessage | TaskList:
    """The documented body of ``response``; anything else raises (``errors.ApiError``), never a silent ``None``.

    A body that is not what the spec says (a wrong type, a null it does not allow, a missing required property)
    raises ``errors.MalformedResponseError`` with the JSON path and what was expected there.
    """
    try:
        if response.status_code == 200:
            response_200 = TaskList.from_dict(response.json())

            return response_200

        if response.status_code == 401:
            response_401 = ErrorMessage.from_dict(response.json())

            return response_401

        if 200 <= response.status_code < 300:  # a success status the spec does not name here
            response_200 = TaskList.from_dict(response.json())

            return response_200

    except FieldError as exc:  # a value of the wrong type, a null not allowed, a required one missing
        raise errors.MalformedResponseError.for_field(exc, operation="GET /api/task", response=response) from exc
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as exc:
        # not JSON at all, not decodable, nested too deep for the parser, a number past any float
        raise errors.MalformedResponseError.for_exception(exc, operation="GET /api/task", response=response) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | TaskList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_info: str | Unset = UNSET,
    accept_language: Language | Unset = UNSET,
) -> Response[ErrorMessage | TaskList]:
    """List tasks

     All tasks the user may see, or one page of them when `pageIndex` and `pageSize` are given
    (`pageIndex=1&pageSize=20` is the second page of twenty).

    Args:
        page_index (int | Unset):
        page_size (int | Unset):
        sort_info (str | Unset):
        accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
            Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
            and Swedish.

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[ErrorMessage | TaskList]
    """

    kwargs = _get_kwargs(
        page_index=page_index,
        page_size=page_size,
        sort_info=sort_info,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TaskList:
    """The success model of ``response``; an error status raises its typed error, whatever the client."""
    if response.status_code >= 400:  # only a client that does not raise by itself (the generated ones) gets here
        from ...lib._errors import error_for_response

        raise error_for_response(response, lambda _: _parse_response(client=client, response=response))
    return cast("TaskList", _parse_response(client=client, response=response))


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_info: str | Unset = UNSET,
    accept_language: Language | Unset = UNSET,
) -> TaskList:
    """List tasks

     All tasks the user may see, or one page of them when `pageIndex` and `pageSize` are given
    (`pageIndex=1&pageSize=20` is the second page of twenty).

    Args:
        page_index (int | Unset):
        page_size (int | Unset):
        sort_info (str | Unset):
        accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
            Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
            and Swedish.

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        TaskList
    """

    kwargs = _get_kwargs(
        page_index=page_index,
        page_size=page_size,
        sort_info=sort_info,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_info: str | Unset = UNSET,
    accept_language: Language | Unset = UNSET,
) -> Response[ErrorMessage | TaskList]:
    """List tasks

     All tasks the user may see, or one page of them when `pageIndex` and `pageSize` are given
    (`pageIndex=1&pageSize=20` is the second page of twenty).

    Args:
        page_index (int | Unset):
        page_size (int | Unset):
        sort_info (str | Unset):
        accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
            Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
            and Swedish.

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[ErrorMessage | TaskList]
    """

    kwargs = _get_kwargs(
        page_index=page_index,
        page_size=page_size,
        sort_info=sort_info,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_info: str | Unset = UNSET,
    accept_language: Language | Unset = UNSET,
) -> TaskList:
    """List tasks

     All tasks the user may see, or one page of them when `pageIndex` and `pageSize` are given
    (`pageIndex=1&pageSize=20` is the second page of twenty).

    Args:
        page_index (int | Unset):
        page_size (int | Unset):
        sort_info (str | Unset):
        accept_language (Language | Unset): Languages the API answers in: German, English, Danish,
            Spanish, Finnish, French, Italian, Japanese, Dutch, Norwegian, Polish, Portuguese, Russian
            and Swedish.

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        TaskList
    """

    kwargs = _get_kwargs(
        page_index=page_index,
        page_size=page_size,
        sort_info=sort_info,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)
