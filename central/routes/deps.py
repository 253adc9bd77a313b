"""Dependencies shared by the routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from central.context import Central, get_central

CentralDep = Annotated[Central, Depends(get_central)]
