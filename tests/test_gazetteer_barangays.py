"""The Philippines' barangays (villages, from the ``psgc`` package) in the offline gazetteer.

Real names: the test is about a real gazetteer lookup. The gazetteer is built into the
cache on first use.
"""

from __future__ import annotations

from eventwire.stages._gazetteer import distance_km
from eventwire.stages.places import Geocoder


def test_a_barangay_resolves_in_its_region(geocoder: Geocoder) -> None:
    # Payatas is a barangay of Quezon City, not a town of its own
    assert not geocoder.gazetteer.lookup("Payatas")  # a bare village name is no key
    for written in ("Barangay Payatas", "Brgy. Payatas"):
        matches = geocoder.gazetteer.lookup(written)
        assert matches, written
        e = matches[0].entry
        assert (e.cc, e.kind, e.a1code) == ("PH", "ppl", "NCR")
        assert e.admin1 == geocoder.gazetteer.admin1_entry("PH", "NCR").admin1  # type: ignore[union-attr]
        assert distance_km(e.latitude, e.longitude, 14.71, 121.10) < 5
    place = geocoder.geocode_toponym("Barangay Payatas")
    assert place is not None
    assert place.country == "Philippines"
    assert place.admin1.startswith("National Capital Region")
    assert place.geo_precision == 1


def test_numbered_barangays_are_left_out(geocoder: Geocoder) -> None:
    assert not any(m.entry.cc == "PH" for m in geocoder.gazetteer.lookup("Barangay 12"))
