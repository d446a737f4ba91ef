"""REST API (FastAPI, with OpenAPI) and the offline web page over an event store."""

from eventwire.web.app import create_app

__all__ = ["create_app"]
