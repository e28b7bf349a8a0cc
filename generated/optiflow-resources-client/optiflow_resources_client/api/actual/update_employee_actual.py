from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._fields import FieldError
from ...lib._paths import path_segment
from ...models.actual import Actual
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    business_id: str,
    generated_id: str | UUID,
    *,
    body: Actual,
    prefer: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/employee/{business_id}/actual/{generated_id}".format(
            business_id=path_segment(business_id, "business_id"),
            generated_id=path_segment(generated_id, "generated_id"),
        ),
        "extensions": {"operation_module": __name__},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Actual | Any | Problem:
    """The documented body of ``response``; anything else raises (``errors.ApiError``), never a silent ``None``.

    A body that is not what the spec says (a wrong type, a null it does not allow, a missing required property)
    raises ``errors.MalformedResponseError`` with the JSON path and what was expected there.
    """
    try:
        if response.status_code == 200:
            response_200 = Actual.from_dict(response.json())

            return response_200

        if response.status_code == 204:
            response_204 = None

            return response_204

        if response.status_code == 400:
            response_400 = Problem.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = Problem.from_dict(response.json())

            return response_401

        if response.status_code == 404:
            response_404 = Problem.from_dict(response.json())

            return response_404

        if response.status_code == 405:
            response_405 = Problem.from_dict(response.json())

            return response_405

        if response.status_code == 406:
            response_406 = Problem.from_dict(response.json())

            return response_406

        if response.status_code == 415:
            response_415 = Problem.from_dict(response.json())

            return response_415

        if 200 <= response.status_code < 300:  # a success status the spec does not name here
            response_200 = Actual.from_dict(response.json())

            return response_200

    except FieldError as exc:  # a value of the wrong type, a null not allowed, a required one missing
        raise errors.MalformedResponseError.for_field(
            exc, operation="PUT /employee/{business_id}/actual/{generated_id}", response=response
        ) from exc
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as exc:
        # not JSON at all, not decodable, nested too deep for the parser, a number past any float
        raise errors.MalformedResponseError.for_exception(
            exc, operation="PUT /employee/{business_id}/actual/{generated_id}", response=response
        ) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, response=response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Actual | Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_id: str,
    generated_id: str | UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Actual,
    prefer: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Actual | Any | Problem]:
    """Update an actual

     Replaces an actual of the employee.

    Args:
        business_id (str):
        generated_id (str | UUID):
        prefer (str | Unset):  Example: return=representation.
        if_match (str | Unset):
        body (Actual): Time an employee really worked during a finished shift; it must lie in the
            past.

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[Actual | Any | Problem]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        generated_id=generated_id,
        body=body,
        prefer=prefer,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Actual | None:
    """The success model of ``response``; an error status raises its typed error, whatever the client."""
    if response.status_code >= 400:  # only a client that does not raise by itself (the generated ones) gets here
        from ...lib._errors import error_for_response

        raise error_for_response(response, lambda _: _parse_response(client=client, response=response))
    return cast("Actual | None", _parse_response(client=client, response=response))


def sync(
    business_id: str,
    generated_id: str | UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Actual,
    prefer: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Actual | None:
    """Update an actual

     Replaces an actual of the employee.

    Args:
        business_id (str):
        generated_id (str | UUID):
        prefer (str | Unset):  Example: return=representation.
        if_match (str | Unset):
        body (Actual): Time an employee really worked during a finished shift; it must lie in the
            past.

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Actual | None
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        generated_id=generated_id,
        body=body,
        prefer=prefer,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    business_id: str,
    generated_id: str | UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Actual,
    prefer: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Actual | Any | Problem]:
    """Update an actual

     Replaces an actual of the employee.

    Args:
        business_id (str):
        generated_id (str | UUID):
        prefer (str | Unset):  Example: return=representation.
        if_match (str | Unset):
        body (Actual): Time an employee really worked during a finished shift; it must lie in the
            past.

    Raises:
        errors.UnexpectedStatus: The server answered with a status the spec does not document here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.ApiError: With the package's ``ApiClient`` (``connect``): every error status, as its typed subclass.
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Response[Actual | Any | Problem]
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        generated_id=generated_id,
        body=body,
        prefer=prefer,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    generated_id: str | UUID,
    *,
    client: AuthenticatedClient | Client,
    body: Actual,
    prefer: str | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Actual | None:
    """Update an actual

     Replaces an actual of the employee.

    Args:
        business_id (str):
        generated_id (str | UUID):
        prefer (str | Unset):  Example: return=representation.
        if_match (str | Unset):
        body (Actual): Time an employee really worked during a finished shift; it must lie in the
            past.

    Raises:
        errors.ApiError: Every error status, with any client, as its typed subclass (``errors.NotFoundError``...),
            or ``errors.UnexpectedStatus`` for one without a class of its own or not documented here.
        errors.MalformedResponseError: The body does not match the spec (``json_path`` says where).
        errors.TransportError: No answer (``errors.TimeoutError`` when ``timeout`` ran out), with the package's
            ``ApiClient``; a plain generated ``Client`` raises httpx's exceptions instead.

    Returns:
        Actual | None
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        generated_id=generated_id,
        body=body,
        prefer=prefer,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)
