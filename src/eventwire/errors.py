"""One exception tree; the CLI turns these into one-line messages."""


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """The input cannot be read or is not what it claims to be."""


class DateError(InputError):
    """A date that cannot be parsed or is impossible."""


class GeocodeError(EventwireError):
    """The gazetteer is missing or a place query is malformed."""


class StoreError(EventwireError):
    """The event store cannot be opened or written."""


class DataTableError(EventwireError):
    """A packaged data table (lexicon, alias table, model weights) is missing or malformed."""


class ClusterError(EventwireError):
    """The Dask scheduler cannot be reached or a chunk was lost on it."""
