"""Every model class: ``itglue_async.models.Organization``, ``Configuration``, ...

Response models (one per resource) subclass ``itglue_async.BaseModel``; ``<Model>Create`` and
``<Model>Update`` are request models, and ``<Model>CreateDict`` / ``<Model>UpdateDict`` their
mapping forms.
"""

from itglue_async._generated.itglue.models import *  # noqa: F403
from itglue_async._generated.itglue.models import __all__ as __all__
