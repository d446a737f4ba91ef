"""The Dask runner: the same stages (``pipeline.process_docs``) on a Dask cluster.

Chunks of documents are submitted to the cluster's workers, a bounded number
at a time, and their results are yielded in input order, exactly as
``pipeline.extract_batch`` yields them locally. Each worker process loads the
pipeline's resources once (``pipeline.default_resources``) and keeps them.
On one machine plain processes are faster (docs: STACK.md); Dask is for many.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from eventwire.errors import ClusterError
from eventwire.pipeline import _chunks, _process_chunk

if TYPE_CHECKING:
    from eventwire.pipeline import BatchResult
    from eventwire.stages.ingest import InputDoc


def run_on_dask(
    docs: Iterable[InputDoc],
    *,
    address: str | Any,
    chunk_size: int = 16,
    in_flight: int | None = None,
    timeout: float = 30.0,
) -> Iterator[BatchResult]:
    """Code documents on the cluster at ``address`` (or a ``distributed.Client``), in order."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
        raise ClusterError("dask.distributed is not installed") from exc

    own_client = not isinstance(address, Client)
    client: Any
    try:
        client = Client(address, timeout=timeout) if own_client else address  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = in_flight or 2 * workers
        futures: deque[Any] = deque()
        for chunk in _chunks(docs, chunk_size):
            futures.append(client.submit(_process_chunk, chunk, pure=False))
            while len(futures) >= limit:
                yield from _result(futures.popleft())
        while futures:
            yield from _result(futures.popleft())
    finally:
        if own_client:
            client.close()


def _result(future: Any) -> list[BatchResult]:
    try:
        results: list[BatchResult] = future.result()
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"a chunk was lost on the cluster: {exc}") from exc
    return results


__all__ = ["ClusterError", "run_on_dask"]
