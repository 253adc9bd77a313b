"""Property-based fuzzing of the whole API from its own OpenAPI document (schemathesis).

Every operation of a dev app (demo data, T-ALA-01's token) gets generated valid and invalid
requests; each answer must be no 5xx, a declared status, the declared content type, and a body and
headers that match the declared schema. /dev/faults and /dev/reset are left out: they would switch
the app off or wipe it in the middle of the run (test_central_faults covers them).

Not checked: that every schema-valid request is accepted. A tracking number's check digit or a
phone's Kazakhstan mobile range cannot be said in JSON Schema, so schema-valid strings get
``422 invalid_identifier`` by design (test_central_parcels and test_central_otp cover those rules).

The app is built at import (schemathesis loads the schema while pytest collects; its lazy
``from_fixture`` loader does not work with pytest 9) and served in process through ASGI.
"""

from __future__ import annotations

import schemathesis
from central_testlib import TERMINAL, bearer
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from central.app import create_app
from central.settings import Settings

APP = create_app(Settings(dev=True))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP).exclude(
    path_regex=r"^/dev/(faults|reset)$"
)


@schema.parametrize()
@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=bearer(TERMINAL), excluded_checks=[positive_data_acceptance])
