"""Every example response body of the reference structures into its model and back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from itglue_async import ITGlue
from itglue_async._converter import unstructure
from itglue_async._jsonapi import kebab
from itglue_async._model import BaseModel

SPEC = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "spec" / "itglue.yaml").read_text(encoding="utf-8")
)


def _items() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for route in SPEC["routes"]:
        for n, example in enumerate(route["examples"]):
            if example["kind"] != "response" or "body" not in example:
                continue
            data = example["body"].get("data")
            for i, item in enumerate(data if isinstance(data, list) else [data]):
                if isinstance(item, dict) and item.get("attributes"):
                    out.append((f"{route['method']} {route['path']} #{n}.{i}", item))
    return out


ITEMS = _items()


API = ITGlue._api


def _model(type_name: str) -> type[BaseModel]:
    return API.models.get(kebab(type_name), BaseModel)


@pytest.mark.parametrize(("where", "item"), ITEMS, ids=[w for w, _ in ITEMS])
def test_example_round_trip(where: str, item: dict[str, Any]) -> None:
    """No attribute of the example is lost between the wire, the model and back."""
    (model,) = API.dialect.decode(
        {"data": item}, _model(item["type"]), API.models, many=False
    ).items
    back = unstructure(model, kebab)
    for key, value in item["attributes"].items():
        if key == "id":
            continue
        assert key in back, f"{where}: {key} lost"
        if value is not None and not isinstance(value, str):
            assert back[key] == value, f"{where}: {key}"


def test_there_are_many_examples() -> None:
    """The spec keeps the reference's response examples (most resources have some)."""
    assert len(ITEMS) > 40
    assert len({item["type"] for _, item in ITEMS}) >= 25
