"""One flask-smorest blueprint per resource; every module here that defines `blp` is served."""

from __future__ import annotations

import importlib
import pkgutil

from flask_smorest import Api


def register_blueprints(api: Api) -> None:
    """Import each module of this package and register the blueprint it defines."""
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for attribute in ("blp", "extra_blp"):
            blueprint = getattr(module, attribute, None)
            if blueprint is not None:
                api.register_blueprint(blueprint)
