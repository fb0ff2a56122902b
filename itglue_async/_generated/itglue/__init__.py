# Generated from spec/itglue.yaml by codegen/generate.py. Do not edit; run `python -m codegen`.
"""Code generated from the IT Glue spec: models, resource classes and the route table."""

from itglue_async._generated.itglue.api import API
from itglue_async._generated.itglue.client import ITGlue
from itglue_async._generated.itglue.routes import ROUTES

__all__ = ["API", "ROUTES", "ITGlue"]
