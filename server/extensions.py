"""Extension objects, created unbound and attached in the application factory."""

from apispec.ext.marshmallow import MarshmallowPlugin
from apispec.ext.marshmallow.common import resolve_schema_cls
from flask_cors import CORS
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

from server.errors import ProblemApi

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base carrying the naming convention, so migrations name constraints alike."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def schema_name(schema) -> str:
    """OpenAPI component name: the class name, with 'Patch' for the partial (PATCH) form."""
    cls = resolve_schema_cls(schema)
    name = cls.__name__.removesuffix("Schema") or cls.__name__
    if getattr(schema, "partial", False):
        name += "Patch"
    return name


db = SQLAlchemy(model_class=Base)
migrate = Migrate()


def make_api() -> ProblemApi:
    """A fresh flask-smorest Api: one per app, because it keeps the app's OpenAPI spec."""
    return ProblemApi(
        spec_kwargs={"marshmallow_plugin": MarshmallowPlugin(schema_name_resolver=schema_name)}
    )


cors = CORS()
