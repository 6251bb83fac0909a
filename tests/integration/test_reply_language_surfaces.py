"""Suggestions, buttons and staff cards name an entry by its question in the reader's language."""

from bots.console.chat import ConsoleChat
from bots.console.notifier import ConsoleNotifier
from bots.discord.buttons import actions_view
from bots.telegram.render import outcome_keyboard
from core.desk import Inbound, Outcome
from core.models import FaqEntry

ZH_FIRST = FaqEntry("gas", "fees", ("手续费怎么算", "how are gas fees calculated"),
                    {"zh": "按链计算。", "en": "Per chain."})
EN_FIRST = FaqEntry("pin", "account", ("forgot my PIN", "忘记密码了"), {"zh": "点忘记密码。", "en": "Tap forgot."})


def test_every_adapter_labels_suggestions_in_the_reply_language():
    en = Outcome("en", suggestions=[ZH_FIRST, EN_FIRST])
    zh = Outcome("zh", suggestions=[ZH_FIRST, EN_FIRST])
    assert [a.label for a in en.actions()][:2] == ["how are gas fees calculated", "forgot my PIN"]
    assert [row[0].text for row in outcome_keyboard(zh).inline_keyboard][:2] == ["手续费怎么算", "忘记密码了"]
    view = actions_view(en.actions())
    assert [item.item.label for item in view.children][:2] == ["how are gas fees calculated", "forgot my PIN"]


async def test_console_numbers_suggestions_in_the_reply_language(make_desk):
    lines: list[str] = []
    notifier = ConsoleNotifier(lines.append)
    app = await make_desk(notifiers={"console": notifier})
    chat = ConsoleChat(app.desk, notifier, lines.append, user_id="carol")
    chat.show(Outcome("en", suggestions=[ZH_FIRST, EN_FIRST]))
    assert lines[-2:] == ["  1. how are gas fees calculated", "  2. forgot my PIN"]
    chat.show(Outcome("zh", suggestions=[ZH_FIRST, EN_FIRST]))
    assert lines[-2:] == ["  1. 手续费怎么算", "  2. 忘记密码了"]


async def test_staff_card_guesses_use_the_staff_language(make_desk, settings, notifier):
    desk = (await make_desk(settings=settings.model_copy(update={"staff_language": "zh"}))).desk
    await desk.handle_message(Inbound("test", "u1", "my account is frozen"))
    assert notifier.opened[0].guesses[0][:2] == ("account-frozen", "账户被冻结")


async def test_a_help_request_is_asked_for_the_problem_and_kept_on_the_conversation(make_desk):
    from core.decision.decide import DecisionKind
    from core.decision.intents import HELP_REQUEST

    app = await make_desk()
    # The fake embedder matches wording: give "can u help" an exemplar of its own, and "hello" the greeting.
    app.desk.intents._exemplars = {HELP_REQUEST: ["can u help"], "greeting": ["hello"]}
    await app.desk.intents.load()
    outcome = await app.desk.handle_message(Inbound("test", "u9", "can u help"))
    assert outcome.decision.kind == DecisionKind.CLARIFY and outcome.ticket is not None
    assert outcome.replies[-1].key == "clarify.help_request" and "/human" in outcome.texts()[-1]
    assert [a.choice.value for a in outcome.actions()] == ["human"]
    zh = await app.desk.handle_message(Inbound("test", "u9", "hello 在吗"))  # a greeting word, but a request
    assert zh.decision.kind == DecisionKind.CLARIFY and zh.lang == "zh" and zh.texts()[-1].startswith("在的")
