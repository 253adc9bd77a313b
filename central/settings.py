"""Configuration of the central server: storage rules, OTP parameters, rate limits, the dev flag."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from central import __version__

TIMEZONE = "Asia/Almaty"


class StorageRule(BaseModel):
    """How long one kind of item stays at the hall and what storing it costs (DOMAIN.md)."""

    model_config = ConfigDict(frozen=True)

    kept_days: int = Field(gt=0)
    free_days: int = Field(ge=0)
    fee_per_day_kzt: int = Field(ge=0)


class StorageSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    parcel: StorageRule = StorageRule(kept_days=30, free_days=14, fee_per_day_kzt=400)
    small_package: StorageRule = StorageRule(kept_days=45, free_days=45, fee_per_day_kzt=0)
    parcel_locker: StorageRule = StorageRule(kept_days=3, free_days=3, fee_per_day_kzt=0)
    timezone: str = TIMEZONE

    def rule_for(self, kind: str) -> StorageRule:
        rule = getattr(self, kind, None)
        if not isinstance(rule, StorageRule):
            raise KeyError(kind)
        return rule


class OtpSettings(BaseModel):
    model_config = ConfigDict(frozen=True)

    code_ttl_s: int = 300
    resend_after_s: int = 60
    max_attempts: int = 3
    codes_per_phone: int = 3
    phone_window_s: int = 3600


class RateLimitSettings(BaseModel):
    """Per-terminal limits: OTP requests (a terminal being used to spray phone numbers) and
    tracking-number lookups (a script enumerating numbers); a busy hall never meets them."""

    model_config = ConfigDict(frozen=True)

    otp_per_terminal: int = 30
    terminal_window_s: int = 600
    lookups_per_window: int = Field(default=60, gt=0)
    not_found_per_window: int = Field(default=20, gt=0)
    lookup_window_s: int = Field(default=60, gt=0)
    # Pickup codes are the secret themselves: a terminal may get this many wrong in a window.
    wrong_pickup_codes_per_window: int = Field(default=10, gt=0)
    pickup_code_window_s: int = Field(default=600, gt=0)


class RequestLimits(BaseModel):
    """What the server accepts before it reads a request."""

    model_config = ConfigDict(frozen=True)

    max_body_bytes: int = Field(default=64 * 1024, gt=0)
    token_cache_s: float = Field(default=0.5, ge=0)


class Settings(BaseModel):
    """Everything :func:`central.app.create_app` needs."""

    model_config = ConfigDict(frozen=True)

    db_url: str = "sqlite:///:memory:"
    dev: bool = False
    version: str = __version__
    # Where the pickup link in the shelving SMS points: <public_base_url>/p/<code> (its QR too).
    public_base_url: str = "https://parcels.example.kz"
    storage: StorageSettings = StorageSettings()
    otp: OtpSettings = OtpSettings()
    rate_limits: RateLimitSettings = RateLimitSettings()
    requests: RequestLimits = RequestLimits()
