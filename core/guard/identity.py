"""Who is official: brand names, domains, bot usernames and staff names, from settings and the live staff list."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.guard.skeleton import skeleton


@dataclass(frozen=True)
class OfficialIdentity:
    """What scammers imitate; ``allowed_domains`` are other sites links may point to without suspicion."""

    brands: tuple[str, ...] = ()
    official_domains: tuple[str, ...] = ()
    official_bots: tuple[str, ...] = ()
    staff_names: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    skeletons: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name in (*self.brands, *self.official_bots, *self.staff_names):
            self.skeletons[name] = skeleton(name)

    def with_staff(self, names: tuple[str, ...]) -> OfficialIdentity:
        """The same identity plus staff names read live from the platform (group admins, moderator role)."""
        merged = tuple(dict.fromkeys((*self.staff_names, *names)))
        return OfficialIdentity(self.brands, self.official_domains, self.official_bots, merged, self.allowed_domains)
