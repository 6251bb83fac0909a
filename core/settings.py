"""One settings object for the whole bot, read from SUPPORTBOT_* env vars and a .env file."""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.tickets.hours import WorkingHours
from core.tickets.priority import DEFAULT_CATEGORIES, PRIORITIES


def default_data_dir() -> Path:
    """Return the per-user folder for the database."""
    return Path.home() / ".local" / "share" / "supportbot"


def default_vector_cache_file() -> Path:
    """Return the machine-wide vector cache shared by every database (see storage/machine_cache.py)."""
    return Path.home() / ".cache" / "supportbot" / "vectors.sqlite3"


def default_model_dir() -> Path:
    """Return where `supportbot model fetch` stores the verified model."""
    return Path.home() / ".cache" / "supportbot" / "models" / "embeddinggemma-300m"


class DecisionSettings(BaseSettings):
    """Weights and thresholds of the answer decision: chosen on two FAQs (bench/transfer.py), never per sentence."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTBOT_DECISION_", env_file=".env", extra="ignore")

    question_weight: float = Field(0.5, ge=0, le=1, description="Weight of question similarity vs answer similarity")
    lexical_weight: float = Field(0.1, ge=0, le=1,
                                  description="Weight of the IDF-weighted share of the message's terms an entry has")
    classifier_weight: float = Field(0.4, ge=0, le=2,
                                     description="Weight of the entry classifier fitted on the FAQ's own texts")
    classifier_alpha: float = Field(1.0, gt=0, description="Ridge penalty of that classifier (more = smoother)")
    homophones: bool = Field(True, description="Put right IME homophone typos of the FAQ's Chinese words "
                                               "(\"密马\" for 密码) before retrieval")
    answer_threshold: float = Field(0.64, description="Fused score needed to answer with one entry")
    answer_margin: float = Field(0.02, ge=0, description="Lead over the runner-up needed to answer")
    suggest_threshold: float = Field(0.34, description="Fused score needed to offer an entry as a suggestion")
    suggest_window: float = Field(0.06, ge=0, description="How far below the best a suggestion may score")
    max_suggestions: int = Field(3, ge=2, le=5)
    intent_threshold: float = Field(0.55, description="Similarity to an intent exemplar needed to take that intent")
    intent_lead: float = Field(0.0, description="How far an intent must beat the best FAQ entry to win")


class LimitSettings(BaseSettings):
    """Flood control per user; 0 turns a limit off."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTBOT_LIMIT_", env_file=".env", extra="ignore")

    burst: int = Field(10, ge=0, description="Messages a user may send at once")
    per_minute: float = Field(30, ge=0, description="Then this many per minute")
    tickets_per_hour: int = Field(3, ge=0, description="Escalations a user may start in any 60 minutes")


class SlaSettings(BaseSettings):
    """Reminders and auto-close; a 0 turns that timer off. Timers live in the database, not in memory."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTBOT_SLA_", env_file=".env", extra="ignore")

    unclaimed_minutes: float = Field(15, ge=0, description="Ping moderators again about a ticket unclaimed this long")
    unanswered_minutes: float = Field(30, ge=0, description="Remind the claimer when the user has waited this long")
    auto_close_hours: float = Field(24, ge=0, description="Warn a user silent this long (or an unrated ticket)")
    close_warning_hours: float = Field(12, ge=0, description="Then close (and ask for a rating) this much later")
    working_hours: str = Field("", description="Staff hours, e.g. 09:00-18:00; empty = always staffed")
    working_days: str = Field("mon-fri", description="Staff days, e.g. mon-fri or mon-sat,sun")
    sweep_seconds: float = Field(60, gt=0, description="How often the timers are checked")
    announce_grace_seconds: float = Field(30, ge=0, description="An escalation older than this with no staff "
                                                                "thread was cut short (a crash): show it again")
    high_priority_factor: float = Field(0.5, gt=0, le=1, description="High-priority tickets wait this share of "
                                                                     "the unclaimed and unanswered times")

    @model_validator(mode="after")
    def _valid_hours(self) -> SlaSettings:
        WorkingHours(self.working_hours, self.working_days, "UTC")  # raises a clear ValueError
        return self


class OutboxSettings(BaseSettings):
    """How platform effects are delivered: retries, backoff, parking, leases between workers."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTBOT_OUTBOX_", env_file=".env", extra="ignore")

    poll_seconds: float = Field(1.0, gt=0, description="How often a worker looks for rows other processes wrote")
    max_attempts: int = Field(8, ge=1, description="Failures (not counting rate limits) before a row is parked")
    backoff_seconds: float = Field(2.0, gt=0, description="Wait after the first failure; doubles each time")
    backoff_cap_seconds: float = Field(300.0, gt=0, description="Longest wait between two attempts")
    lease_seconds: float = Field(120.0, gt=0, description="A row taken by a worker that died is free after this")
    concurrency: int = Field(8, ge=1, description="Tickets a worker delivers to at the same time")
    inline_seconds: float = Field(1.0, ge=0, description="How long an action waits for its own effects to be "
                                                         "delivered before it answers (delivery goes on after)")
    keep_days: float = Field(7.0, ge=0, description="Delivered rows are deleted after this many days")
    resend_unconfirmed: bool = Field(False, description="Send again when the platform's answer timed out (the "
                                                        "message was probably shown: a person may see it twice)")


class TelegramSettings(BaseSettings):
    """The Telegram adapter: bot token, staff forum group, Bot API server, polling or webhook."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTBOT_TELEGRAM_", env_file=".env", extra="ignore")

    token: SecretStr | None = Field(None, description="Bot token from @BotFather")
    staff_chat_id: int | None = Field(None, description="Supergroup with topics enabled where tickets appear")
    routes: dict[str, int] = Field(default_factory=dict,
                                   description='FAQ category -> another staff group, e.g. {"security": -100123}')
    admin_ids: list[int] = Field(default_factory=list, description="Telegram user ids with admin rights")
    base_url: str = Field("https://api.telegram.org/bot", description="Bot API server (self-hosted allowed)")
    base_file_url: str = Field("https://api.telegram.org/file/bot")
    mode: str = Field("polling", pattern="^(polling|webhook)$")
    webhook_url: str | None = Field(None, description="Public HTTPS URL Telegram posts updates to")
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: SecretStr | None = None
    poll_timeout: float = Field(10, gt=0, description="Seconds one getUpdates long poll may wait")
    request_timeout: float = Field(5, gt=0, description="Seconds to wait for the answer to any other Bot API call; "
                                                         "a send answered later counts as unconfirmed")
    admin_cache_seconds: float = Field(300, ge=0, description="How long the staff group's admin list is cached")
    max_concurrent_updates: int = Field(32, ge=1, description="Updates handled at once (one at a time per chat)")
    overall_max_rate: float = Field(30, gt=0, description="Messages per second the bot may send in all (Telegram: 30)")
    group_max_rate: float = Field(20, gt=0, description="Messages per minute into one group (Telegram: 20)")
    guarded_chats: list[int] = Field(default_factory=list,
                                     description="Public groups the community guard watches (the bot must be an "
                                                 "admin there with Delete messages and Ban users), e.g. [-100123]")

    @property
    def staff_chats(self) -> list[int]:
        """Every staff group: the main one and the routed ones."""
        main = [self.staff_chat_id] if self.staff_chat_id is not None else []
        return list(dict.fromkeys([*main, *self.routes.values()]))


class DiscordSettings(BaseSettings):
    """The Discord adapter: bot token, the guild, its help and support channels, moderator and admin roles."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTBOT_DISCORD_", env_file=".env", extra="ignore")

    token: SecretStr | None = Field(None, description="Bot token from the Discord developer portal")
    guild_id: int | None = Field(None, description="The server the bot serves; slash commands are synced there")
    help_channel_id: int | None = Field(None, description="Channel where users ask (mention or plain message)")
    support_channel_id: int | None = Field(None, description="Text channel whose private threads hold tickets")
    routes: dict[str, int] = Field(default_factory=dict,
                                   description='FAQ category -> another support channel, e.g. {"security": 123}')
    moderator_role_id: int | None = Field(None, description="Role of moderators; added to every ticket thread")
    admin_role_id: int | None = Field(None, description="Role that may edit the FAQ and read stats")
    admin_ids: list[int] = Field(default_factory=list, description="Discord user ids with admin rights")
    guarded_channels: list[int] = Field(default_factory=list,
                                        description="Public channels the community guard watches (threads in them "
                                                    "too; the bot needs Manage Messages there, Ban Members and "
                                                    "Timeout Members in the server), e.g. [123]")
    # Where discord.py connects; empty is Discord's own. For tests (a fake Discord) and proxies.
    api_base: str = Field("", description="REST API base, e.g. http://127.0.0.1:8080/api/v10 (tests, proxies)")
    gateway: str = Field("", description="Gateway websocket URL, e.g. ws://127.0.0.1:8080/gateway (tests, proxies)")

    @property
    def staff_channels(self) -> list[int]:
        """Every channel whose threads hold tickets: the support channel and the routed ones."""
        main = [self.support_channel_id] if self.support_channel_id is not None else []
        return list(dict.fromkeys([*main, *self.routes.values()]))


class GuardSettings(BaseSettings):
    """The community guard: who is official, so imitations of them can be told apart."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTBOT_GUARD_", env_file=".env", extra="ignore")

    brands: list[str] = Field(default_factory=lambda: ["TPWallet", "TokenPocket", "TP钱包"])
    official_domains: list[str] = Field(default_factory=lambda: ["tokenpocket.pro"])
    official_bots: list[str] = Field(default_factory=list, description="Usernames of the official bots")
    staff_names: list[str] = Field(default_factory=list, description="Staff display names (besides the live list)")
    allowed_domains: list[str] = Field(default_factory=lambda: [
        "etherscan.io", "bscscan.com", "tronscan.org", "solscan.io", "polygonscan.com", "arbiscan.io",
        "github.com", "coingecko.com", "coinmarketcap.com"], description="Other sites links may point to")
    likeness: bool = Field(True, description="Also judge messages the rules let through by their likeness to "
                                             "labelled scams (core/guard/likeness.py); needs the desk's model")
    reminder_hours: float = Field(0, ge=0, description="Post \"staff never DM you first\" in each guarded chat this "
                                                        "often (0: never)")
    reminder_min_messages: int = Field(30, ge=1, description="Messages a chat needs since the last reminder for "
                                                             "the next one (a quiet chat is not filled with them)")


class Settings(BaseSettings):
    """Everything configurable; built once by the CLI and passed down."""

    model_config = SettingsConfigDict(env_prefix="SUPPORTBOT_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = Field(None, description="SQLAlchemy URL; default is a SQLite file in data_dir")
    database_timeout_seconds: float = Field(10, gt=0, description="Longest wait to connect or for one statement")
    model_path: str | None = Field(None, description="Local sentence-transformers folder or hub name")
    model_name: str = "google/embeddinggemma-300m"
    model_device: str = "cpu"
    max_seq_length: int = Field(256, ge=16)
    model_backend: str = Field("auto", pattern="^(auto|onnx|torch)$",
                               description="onnx: the exported graph of model_precision; auto: that graph when "
                                           "exported, else the fp32 graph, else torch fp32")
    model_threads: int = Field(0, ge=0, description="ONNX Runtime threads per encode; 0 = one per core")
    model_precision: str = Field("int8", pattern="^(fp32|int8)$",
                                 description="int8: the quantized ONNX graph (0.55-0.6x fp32's encode time, same "
                                             "eval figures; bench/README.md), or PyTorch's int8 with backend torch")
    encode_batch: int = Field(16, ge=1, description="Most concurrent messages encoded in one model call")
    encode_wait_ms: float = Field(2, ge=0, description="How long a message waits for others to batch with")
    query_cache_size: int = Field(4096, ge=0, description="Recent message vectors kept in memory (0: none)")
    vector_cache_file: Path | None = Field(default_factory=default_vector_cache_file,
                                           description="Machine-wide FAQ vector cache shared by every database "
                                                       "(empty: none)")
    vector_cache_max: int = Field(100_000, ge=1000, description="Most vectors the machine-wide cache keeps")
    faq_file: Path | None = Field(None, description="FAQ YAML imported into an empty database on start")
    faq_sync_seconds: float = Field(2, ge=0, description="How often to look for FAQ edits made by other processes")
    snippets_file: Path | None = Field(None, description="Moderators' canned replies (YAML); default: the shipped ones")
    default_language: str = "en"
    timezone: str = Field("UTC", description="The desk's time zone: working hours, stats by day and hour")
    staff_language: str = Field("en", description="Language of ticket cards and notices in staff threads")
    transcript_on_resolve: bool = Field(True, description="Post a ticket's HTML transcript in its staff thread "
                                                          "when it is resolved or closed")
    rating_style: Literal["buttons", "poll"] = Field("buttons", description="How a resolved ticket asks for its "
                                                     "1-5 rating: buttons under a message, or a native poll")
    retention_days: int = Field(0, ge=0, description="Erase the transcripts of tickets closed this many days ago "
                                                     "(the tickets stay, anonymous); 0 = keep forever")
    max_message_chars: int = Field(4000, ge=100)
    pending_idle_minutes: int = Field(30, ge=1, description="After this, a bot-only conversation starts afresh")
    admin_ids: list[str] = Field(default_factory=list, description="Platform user ids with admin rights")
    priority_categories: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_CATEGORIES),
                                                description='FAQ category -> priority, e.g. {"security": "high"}')
    log_level: str = "INFO"
    log_format: str = Field("text", pattern="^(text|json)$",
                            description="text: key=value lines; json: one JSON object a line (for log shippers)")
    metrics_enabled: bool = Field(False, description="Serve Prometheus /metrics and /healthz while a bot runs")
    metrics_host: str = Field("127.0.0.1", description="Address the metrics endpoint listens on")
    metrics_port: int = Field(9464, ge=0, le=65535, description="Its port (0: any free one, logged)")
    decision: DecisionSettings = Field(default_factory=lambda: DecisionSettings())
    sla: SlaSettings = Field(default_factory=lambda: SlaSettings())
    outbox: OutboxSettings = Field(default_factory=lambda: OutboxSettings())
    limits: LimitSettings = Field(default_factory=lambda: LimitSettings())
    guard: GuardSettings = Field(default_factory=lambda: GuardSettings())
    telegram: TelegramSettings = Field(default_factory=lambda: TelegramSettings())
    discord: DiscordSettings = Field(default_factory=lambda: DiscordSettings())

    @property
    def effective_precision(self) -> str:
        """The precision to load: the int8 default means the ONNX graph's, so PyTorch keeps fp32 unless asked."""
        if self.model_backend == "torch" and "model_precision" not in self.model_fields_set:
            return "fp32"
        return self.model_precision

    @field_validator("vector_cache_file", mode="before")
    @classmethod
    def _no_file(cls, value: object) -> object:
        return None if isinstance(value, str) and value.strip().lower() in ("", "none", "off") else value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use an IANA name such as Asia/Shanghai)") from None
        return value

    @field_validator("priority_categories")
    @classmethod
    def _known_priorities(cls, value: dict[str, str]) -> dict[str, str]:
        wrong = sorted(p for p in value.values() if p not in PRIORITIES)
        if wrong:
            raise ValueError(f"priorities must be one of {', '.join(PRIORITIES)}, not {', '.join(wrong)}")
        return value

    @field_validator("default_language", "staff_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in ("zh", "en"):
            raise ValueError("languages must be zh or en")
        return value

    def lists_admin(self, platform: str, user_id: str) -> bool:
        """Whether SUPPORTBOT_ADMIN_IDS names this user, as a bare id or as ``platform:id``."""
        return user_id in self.admin_ids or f"{platform}:{user_id}" in self.admin_ids

    @property
    def resolved_model_path(self) -> str:
        """Return where the model is loaded from: the setting, else the fetched cache."""
        return self.model_path or str(default_model_dir())

    @property
    def resolved_database_url(self) -> str:
        """Return the database URL, defaulting to a SQLite file in data_dir."""
        return self.database_url or f"sqlite:///{self.data_dir / 'supportbot.db'}"
