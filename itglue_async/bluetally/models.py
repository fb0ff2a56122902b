"""Every BlueTally model class: ``itglue_async.bluetally.models.Asset``, ``Employee``, ...

Response models (one per resource) subclass ``itglue_async.BaseModel``: the documented
attributes plus ``id``, ``created_at`` and ``updated_at``, unknown keys kept in ``extra``.
``<Model>Create``, ``<Model>Update`` and the action bodies (``CheckoutAsset``) are request
models, and ``<Model>CreateDict`` ... their mapping forms.
"""

from itglue_async._generated.bluetally.models import *  # noqa: F403
from itglue_async._generated.bluetally.models import __all__ as __all__
