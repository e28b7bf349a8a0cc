from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._fields import FieldError
from ...lib._paths import path_segment
from ...models.depot_set import DepotSet
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: DepotSet,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/locations/depot-sets/{id}".format(
            id=path_segment(id, "id"),
        ),
        "extensions": {"operation_module": __name__},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DepotSet | Problem:
    """The documented body of ``response``; anything else raises (``errors.ApiError``), never a silent ``None``.

    A body that is not what the spec says (a wrong type, a null it does not allow, a missing required property)
    raises ``errors.MalformedResponseError`` with the JSON path and what was expected there.
    """
    try:
        if response.status_code == 200:
            response_200 = DepotSet.from_dict(response.json())

            return response_200

        if response.status_code == 201:
            response_201 = DepotSet.from_dict(response.json())

            return response_201

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

    except FieldError as exc:  # a value of the wrong type, a null not allowed, a required one missing
        raise errors.MalformedResponseError.for_field(
            exc, operation="PUT /locations/depot-sets/{id}", response=response
        ) from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # not JSON at all, or not decodable
        raise errors.MalformedResponseError(
            f"HTTP {response.status_code} from PUT /locations/depot-sets/{{id}}: "
            f"the body does not match the spec ({type(exc).__name__}: {exc})",
            response=response,
            operation="PUT /locations/depot-sets/{id}",
        ) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, response=response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DepotSet | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DepotSet,
    if_match: str | Unset = UNSET,
) -> Response[DepotSet | Problem]:
    """Create or replace a depot set

     Creates the depot set with this id, or replaces it when it exists. Depots without a `geo_point` are
    geocoded from their address. Send the `ETag` of the version you read as `If-Match` to make sure
    nobody changed it in between.

    Args:
        id (str):
        if_match (str | Unset):
        body (DepotSet): A named collection of depots.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepotSet | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DepotSet:
    """The success model of ``response``; an error status raises its typed error, whatever the client."""
    if response.status_code >= 400:  # only a client that does not raise by itself (the generated ones) gets here
        from ...lib._errors import error_for_response

        raise error_for_response(response, lambda _: _parse_response(client=client, response=response))
    return cast("DepotSet", _parse_response(client=client, response=response))


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DepotSet,
    if_match: str | Unset = UNSET,
) -> DepotSet:
    """Create or replace a depot set

     Creates the depot set with this id, or replaces it when it exists. Depots without a `geo_point` are
    geocoded from their address. Send the `ETag` of the version you read as `If-Match` to make sure
    nobody changed it in between.

    Args:
        id (str):
        if_match (str | Unset):
        body (DepotSet): A named collection of depots.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepotSet
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _success(client=client, response=response)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DepotSet,
    if_match: str | Unset = UNSET,
) -> Response[DepotSet | Problem]:
    """Create or replace a depot set

     Creates the depot set with this id, or replaces it when it exists. Depots without a `geo_point` are
    geocoded from their address. Send the `ETag` of the version you read as `If-Match` to make sure
    nobody changed it in between.

    Args:
        id (str):
        if_match (str | Unset):
        body (DepotSet): A named collection of depots.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepotSet | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DepotSet,
    if_match: str | Unset = UNSET,
) -> DepotSet:
    """Create or replace a depot set

     Creates the depot set with this id, or replaces it when it exists. Depots without a `geo_point` are
    geocoded from their address. Send the `ETag` of the version you read as `If-Match` to make sure
    nobody changed it in between.

    Args:
        id (str):
        if_match (str | Unset):
        body (DepotSet): A named collection of depots.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepotSet
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _success(client=client, response=response)
