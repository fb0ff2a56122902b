# Generated from spec/bluetally.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Code generated from the BlueTally spec: models, resource classes and the route table."""

from itglue_async._generated.bluetally.api import API
from itglue_async._generated.bluetally.client import BlueTally
from itglue_async._generated.bluetally.routes import ROUTES

__all__ = ["API", "ROUTES", "BlueTally"]
