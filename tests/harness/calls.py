"""Calling any generated operation with valid arguments sampled from the spec.

Values are sampled as JSON from the spec, then turned into what the generated signature expects
(models via ``from_dict``, enums, datetimes), so the harness needs no per-API code.
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import importlib
import inspect
import types
import typing
import uuid
from typing import Any

from dateutil.parser import isoparse

from .schemas import resolve, sample


def spec_operation(document: dict[str, Any], path: str, method: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The operation object and its effective parameters (path-level ones overridden by operation-level ones)."""
    item = document["paths"][path]
    operation = item[method.lower()]
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
        param = resolve(document, raw)
        merged[(param["in"], param["name"])] = param
    return operation, list(merged.values())


def to_python(value: Any, annotation: Any) -> Any:
    """Convert a JSON value into an instance of the annotated type of a generated signature."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if getattr(a, "__name__", "") != "Unset"]
        if value is None and type(None) in options:
            return None
        errors = []
        for option in (o for o in options if o is not type(None)):
            try:
                return to_python(value, option)
            except Exception as exc:  # try the next member of the union
                errors.append(exc)
        raise TypeError(f"{value!r} fits none of {annotation}: {errors}")
    if origin in (list, collections.abc.Sequence):
        (inner,) = typing.get_args(annotation)
        return [to_python(item, inner) for item in value]
    if origin in (dict, typing.Literal) or annotation is Any:
        return value
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return annotation(value)
        if annotation is datetime.datetime:
            return isoparse(value)
        if annotation is datetime.date:
            return isoparse(value).date()
        if annotation is uuid.UUID:
            return uuid.UUID(value)
        if hasattr(annotation, "from_dict"):
            return annotation.from_dict(value)
        if annotation is float and isinstance(value, int | float):
            return float(value)
        if not isinstance(value, annotation):
            raise TypeError(f"{value!r} is not {annotation.__name__}")
    return value


def security_headers(schemes: dict[str, Any]) -> dict[str, str]:
    """Placeholder credentials in the places the security schemes name; Prism checks presence, not value."""
    headers = {}
    for scheme in schemes.values():
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            headers[scheme["name"]] = "placeholder-key"
        elif scheme.get("type") in {"oauth2", "openIdConnect"} or scheme.get("scheme", "").lower() == "bearer":
            headers["Authorization"] = "Bearer placeholder-token"
    return headers


def build_arguments(document: dict[str, Any], package: str, info: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the operation's ``sync_detailed``: every parameter, and the body if it has one."""
    module = importlib.import_module(f"{package}.{info['module']}")
    signature = inspect.signature(module.sync_detailed, eval_str=True)
    operation, params = spec_operation(document, info["path"], info["method"])
    by_wire = {(p["in"], p["name"]): p for p in params}
    arguments: dict[str, Any] = {}
    for param in info["parameters"]:
        spec_param = by_wire[(param["in"], param["name"])]
        value = sample(document, spec_param.get("schema", {}))
        if "example" in spec_param:
            value = spec_param["example"]
        arguments[param["python_name"]] = to_python(value, signature.parameters[param["python_name"]].annotation)
    if "body" in signature.parameters:
        body = resolve(document, operation["requestBody"])
        media = next(iter(body["content"].values()))
        value = media["example"] if "example" in media else sample(document, media.get("schema", {}))
        arguments["body"] = to_python(value, signature.parameters["body"].annotation)
    return arguments


def documented_schema(document: dict[str, Any], info: dict[str, Any], status: int) -> bool:
    """Whether the spec documents a JSON body for ``status`` of this operation (so it must parse)."""
    operation, _ = spec_operation(document, info["path"], info["method"])
    responses = operation.get("responses", {})
    response = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
    if response is None:
        return False
    content = resolve(document, response).get("content", {})
    return any("json" in media and "schema" in body for media, body in content.items())
