"""``gr.ChatInterface``: a chat app around ``fn(message, history, *additional_inputs)``.

Why composed as Gradio 6.31 composes it: Gradio's own frontend draws the app
and runs its event cascade, so we build the same blocks (a Chatbot, a Textbox
or MultimodalTextbox in a Group, hidden States, a hidden Dataset of examples,
an Accordion of additional inputs) and the same dependencies with the same
flags (queue, show_progress, cancels, trigger chains).  The frontend then
behaves as on a Gradio server: the user's message shows at once, the reply
streams in, Stop cancels it, retry/undo/edit/clear/examples work.
History handed to ``fn`` is the Chatbot's normalised messages (see
components/chatbot.py); what ``fn`` returns is appended as the assistant's
reply (a string, a component, a message dict, a ``gr.ChatMessage`` or a list
of those).  Message helpers live in chat_messages.py.
"""

from __future__ import annotations

import functools
import inspect
import warnings
from typing import Any, Callable

from ..blocks import Blocks
from ..buttons import Button
from ..display import JSON, Markdown
from ..events import on
from ..inputs import Textbox
from ..layouts import Accordion, Column, Group, Row
from ..processing import skip, update
from ..request import EditData, LikeData, SelectData
from .state import BrowserState, State
from .chat_messages import append_message, conversation_title, example_messages, i18n, pop_last_user_message
from .chatbot import Chatbot
from .dataset import Dataset, Examples
from .multimodal import MultimodalTextbox


def _as_list(value: Any) -> list:
    return [] if value is None else list(value) if isinstance(value, (list, tuple)) else [value]


class ChatInterface(Blocks):
    """Gradio's high-level chat app (see the module docstring)."""

    def __init__(self, fn: Callable, *, multimodal: bool = False, type: str | None = None,
                 chatbot: Chatbot | None = None, textbox: Textbox | None = None,
                 additional_inputs: Any = None, additional_inputs_accordion: Any = None,
                 additional_outputs: Any = None, editable: bool = False, examples: list | None = None,
                 examples_label: str | None = "Examples", example_labels: list | None = None,
                 example_icons: list | None = None, run_examples_on_click: bool = True,
                 cache_examples: bool | None = None, cache_mode: str | None = None, title: str | None = None,
                 description: str | None = None, flagging_mode: str | None = None,
                 flagging_options: Any = ("Like", "Dislike"), flagging_dir: str = ".gradio/flagged",
                 analytics_enabled: bool | None = None, autofocus: bool = True, autoscroll: bool = True,
                 submit_btn: Any = True, stop_btn: Any = True, concurrency_limit: Any = "default",
                 delete_cache: Any = None, show_progress: str = "minimal", fill_height: bool = True,
                 fill_width: bool = False, api_name: str | None = None, api_description: Any = None,
                 api_visibility: str = "public", save_history: bool = False, validator: Callable | None = None,
                 **kwargs: Any):
        super().__init__(title=title or "Gradio", mode="chat_interface", fill_height=fill_height,
                         fill_width=fill_width, **kwargs)
        self.validator = validator
        if type not in (None, "messages"):
            raise ValueError('gr.ChatInterface only has the messages format (type="messages").')
        from .shortcuts import component_instance

        self.fn = fn.fn if isinstance(fn, ChatInterface) else fn
        self.is_async = inspect.iscoroutinefunction(self.fn) or inspect.isasyncgenfunction(self.fn)
        self.is_generator = inspect.isgeneratorfunction(self.fn) or inspect.isasyncgenfunction(self.fn)
        self.multimodal, self.editable, self.save_history = multimodal, editable, save_history
        self.examples, self.examples_label = examples, examples_label
        self.examples_messages = example_messages(examples, example_labels, example_icons, multimodal)
        self.run_examples_on_click, self.cache_examples = run_examples_on_click, cache_examples
        self.autofocus, self.autoscroll, self.show_progress = autofocus, autoscroll, show_progress
        self.api_name, self.api_visibility = api_name, api_visibility
        self.title_text, self.description = title, description
        self.additional_inputs = [component_instance(c) for c in _as_list(additional_inputs)]
        self.additional_outputs = _as_list(additional_outputs)
        if additional_inputs_accordion is None:
            self.accordion_args = {"label": i18n("chat_interface.additional_inputs"), "open": False}
        elif isinstance(additional_inputs_accordion, str):
            self.accordion_args = {"label": additional_inputs_accordion}
        elif isinstance(additional_inputs_accordion, Accordion):
            self.accordion_args = {k: v for k, v in additional_inputs_accordion.constructor_args().items()
                                   if k != "render"}
        else:
            raise ValueError("The `additional_inputs_accordion` parameter must be a string or gr.Accordion, "
                             f"not {builtins_type(additional_inputs_accordion)}")
        self._examples_with_inputs = bool(self.additional_inputs and examples) and any(
            v is not None for ex in examples for v in (_as_list(ex)[1:] if isinstance(ex, list) else []))
        if self.additional_inputs and examples and not all(isinstance(ex, list) for ex in examples):
            raise ValueError("Examples must be a list of lists when additional inputs are provided.")
        if flagging_mode not in (None, "never", "manual"):
            raise ValueError("Invalid value for `flagging_mode` parameter.Must be: 'manual' or 'never'.")
        self.flagging_mode, self.flagging_options = flagging_mode or "never", flagging_options
        for given in (textbox, chatbot):
            if given is not None:
                given.unrender()
        with self:
            self.saved_conversations = BrowserState([], storage_key=f"_saved_conversations_{self._id}")
            self.conversation_id = State(None)
            self.saved_input = State()
            self.null_component = State()
            with Column():
                if title:
                    Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{title}</h1>")
                if description:
                    Markdown(description)
                if save_history:
                    with Row(scale=1):
                        with Column(scale=1, min_width=100):
                            self.new_chat_button = Button(i18n("chat_interface.new_chat"), variant="primary",
                                                          size="md")
                            self.chat_history_dataset = Dataset(components=[Textbox(visible=False)],
                                                                show_label=False, layout="table", type="index")
                        with Column(scale=6):
                            self._render_chat(chatbot, textbox, submit_btn, stop_btn)
                            self._render_footer()
                else:
                    self._render_chat(chatbot, textbox, submit_btn, stop_btn)
                    self._render_footer()
            self._setup_events()
        if self.parent is not None:
            # Inside another Blocks, Gradio draws a ChatInterface's blocks in place of it (no node of its own).
            siblings = self.parent.children
            at = siblings.index(self)
            siblings[at:at + 1] = self.children
            for child in self.children:
                child.parent = self.parent
        if textbox is not None:
            clashes = [n for n, v, d in (("submit_btn", submit_btn, textbox.submit_btn),
                                         ("stop_btn", stop_btn, self.original_stop_btn),
                                         ("autofocus", autofocus, textbox.autofocus)) if v is not True and v != d]
            if clashes:
                warnings.warn(f"You provided a custom `textbox` component, but also specified "
                              f"{', '.join(f'`{p}`' for p in clashes)} parameter(s) on `gr.ChatInterface`. "
                              "These ChatInterface parameters will be ignored.", UserWarning, stacklevel=2)

    # -- layout -------------------------------------------------------------
    def _render_chat(self, chatbot, textbox, submit_btn, stop_btn) -> None:
        examples = None if self._examples_with_inputs else self.examples_messages
        if chatbot is not None:
            chatbot._id = None
            self.chatbot = chatbot.render()
            if chatbot.examples and self.examples_messages:
                warnings.warn("The ChatInterface already has examples set. The examples provided in the chatbot "
                              "will be ignored.")
            _set(chatbot, "examples", examples)
        else:
            self.chatbot = Chatbot(label=i18n("chat_interface.chatbot"), scale=1, autoscroll=self.autoscroll,
                                   examples=examples)
        with Group():
            with Row():
                if textbox is not None:
                    if not isinstance(textbox, Textbox):
                        raise TypeError(f"Expected a gr.Textbox or gr.MultimodalTextbox component, but got "
                                        f"{builtins_type(textbox)}")
                    _set(textbox, "show_label", False)
                    textbox._id = None
                    self.textbox = textbox.render()
                else:
                    cls = MultimodalTextbox if self.multimodal else Textbox
                    self.textbox = cls(show_label=False, label="", placeholder=i18n("chat_interface.message_placeholder"),
                                       scale=7, autofocus=self.autofocus, submit_btn=submit_btn, stop_btn=stop_btn)
        # The stop button shows only while a reply streams.
        self.original_stop_btn = self.textbox.stop_btn
        _set(self.textbox, "stop_btn", False)
        self.fake_api_btn = Button("Fake API", visible=False)
        self.api_response = JSON(label="Response", visible=False)
        self.chatbot_state = State(self.chatbot.value or [])
        self.chatbot_value = State(self.chatbot.value or [])

    def _render_footer(self) -> None:
        # Gradio places the examples before the accordion but renders the inputs into the accordion
        # (registering the examples' click would render them where the examples are): accordion first.
        unrendered = [c for c in self.additional_inputs if c._id is None or c.root is not (self.root or self)]
        accordion = None
        if unrendered:
            with Accordion(**self.accordion_args) as accordion:
                for comp in unrendered:
                    comp._id = None
                    comp.render()
        if self.examples:
            self.examples_handler = Examples(
                examples=self.examples, inputs=[self.textbox] + self.additional_inputs, outputs=self.chatbot,
                fn=self._examples_fn, cache_examples=self.cache_examples, label=self.examples_label,
                visible=self._examples_with_inputs, preprocess=self._examples_with_inputs)
            dataset = self.examples_handler.dataset
            if accordion is not None and dataset.parent is accordion.parent:
                siblings = accordion.parent.children
                siblings.remove(dataset)
                siblings.insert(siblings.index(accordion), dataset)

    # -- events -------------------------------------------------------------
    def _textbox_update(self, **props) -> Callable:
        cls = type(self.textbox)

        def set_buttons():
            return cls(**props)

        return set_buttons

    def _setup_events(self) -> None:
        submit = self._wrap_fn()
        sync = dict(fn=lambda x: (x, x), inputs=[self.chatbot], outputs=[self.chatbot_state, self.chatbot_value],
                    api_visibility="undocumented", queue=False)
        run = dict(fn=submit, inputs=[self.saved_input, self.chatbot_state] + self.additional_inputs,
                   outputs=[self.null_component, self.chatbot] + self.additional_outputs,
                   api_visibility="undocumented", show_progress=self.show_progress)
        save = dict(fn=self._save_conversation, inputs=[self.conversation_id, self.chatbot_state,
                                                         self.saved_conversations],
                    outputs=[self.conversation_id, self.saved_conversations], api_visibility="undocumented",
                    queue=False)
        box, bot = self.textbox, self.chatbot
        user_submit = box.submit(lambda m: (type(box)("", interactive=False, placeholder=""), m), [box],
                                 [box, self.saved_input], api_visibility="undocumented",
                                 queue=bool(self.validator), validator=self.validator)
        submit_event = user_submit.then(append_message, [self.saved_input, bot], [bot],
                                        api_visibility="undocumented", queue=False).then(**run)
        submit_event.then(**sync).then(lambda: update(value=None, interactive=True), None, box,
                                       api_visibility="undocumented").then(**save)
        self.fake_api_btn.click(submit, [box, self.chatbot_state] + self.additional_inputs,
                                [self.api_response, self.chatbot_state] + self.additional_outputs,
                                api_name=self.api_name, api_visibility=self.api_visibility, postprocess=False)
        example_event, example_runs = None, False
        if self.examples and not self._examples_with_inputs:
            if self.cache_examples or self.run_examples_on_click:
                example_runs = True
                example_event = bot.example_select(self.example_clicked, None, [bot, self.saved_input],
                                                   api_visibility="undocumented")
                if not self.cache_examples:
                    example_event = example_event.then(
                        self._textbox_update(submit_btn=False, stop_btn=self.original_stop_btn), None, [box],
                        api_visibility="undocumented", queue=False).then(**run)
                example_event.then(**sync)
            else:
                example_event = bot.example_select(self.example_populated, None, [box],
                                                   api_visibility="undocumented")
        retry_event = bot.retry(self._pop, [self.chatbot_state], [self.chatbot_state, self.saved_input],
                                api_visibility="undocumented", queue=False).then(
            append_message, [self.saved_input, self.chatbot_state], [bot], api_visibility="undocumented",
            queue=False).then(lambda: update(interactive=False, placeholder=""), outputs=[box],
                              api_visibility="undocumented").then(**run)
        retry_event.then(**sync).then(lambda: update(interactive=True), outputs=[box],
                                      api_visibility="undocumented").then(**save)
        to_cancel = [submit_event, retry_event] + ([example_event] if example_runs else [])
        streaming = self._textbox_update(submit_btn=False, stop_btn=self.original_stop_btn)
        user_submit.success(streaming, None, [box], api_visibility="undocumented", queue=False)
        bot.retry(streaming, None, [box], api_visibility="undocumented", queue=False)
        for event in to_cancel:
            event.then(self._textbox_update(submit_btn=box.submit_btn, stop_btn=False), None, [box],
                       api_visibility="undocumented", queue=False)
        box.stop(None, None, None, cancels=to_cancel, api_visibility="undocumented")
        bot.undo(self._pop, [bot], [bot, box], api_visibility="undocumented", queue=False).then(**sync).then(**save)
        bot.option_select(self.option_clicked, [bot], [bot, self.saved_input],
                          api_visibility="undocumented").then(**run).then(**sync).then(**save)
        bot.clear(**sync).then(self._delete_conversation, [self.conversation_id, self.saved_conversations],
                               [self.conversation_id, self.saved_conversations], api_visibility="undocumented",
                               queue=False)
        if self.editable:
            bot.edit(self._edit_message, [bot], [bot, self.chatbot_state, self.saved_input],
                     api_visibility="undocumented").then(
                append_message, [self.saved_input, self.chatbot_state], [bot], api_visibility="undocumented",
                queue=False).success(lambda: update(interactive=False), outputs=[box],
                                     api_visibility="undocumented").success(**run).success(**sync).then(
                lambda: update(interactive=True), outputs=[box], api_visibility="undocumented").then(**save)
        if self.save_history:
            self.new_chat_button.click(lambda: (None, []), None, [self.conversation_id, bot],
                                       api_visibility="undocumented", queue=False).then(
                lambda x: x, [bot], [self.chatbot_state], api_visibility="undocumented", queue=False)
            on([self.load, self.saved_conversations.change], self._load_chat_history, [self.saved_conversations],
               [self.chat_history_dataset], api_visibility="undocumented", queue=False)
            self.chat_history_dataset.click(lambda: [], None, [bot], api_visibility="undocumented", queue=False,
                                            show_progress="hidden").then(
                self._load_conversation, [self.chat_history_dataset, self.saved_conversations],
                [self.conversation_id, bot], api_visibility="undocumented", queue=False,
                show_progress="hidden").then(**sync)
        if self.flagging_mode != "never":
            _set(bot, "feedback_options", list(self.flagging_options or []))
            bot.like(self._flag, bot)
        self.chatbot_value.change(lambda x: x, [self.chatbot_value], [bot],
                                  api_visibility="undocumented").then(**sync)

    # -- handlers -----------------------------------------------------------
    def _wrap_fn(self) -> Callable:
        """``fn`` run as the reply: its yields/return appended to the history (signature kept for gr.Request)."""
        fn, extra = self.fn, len(self.additional_outputs)

        def split(response):
            if extra:
                response, *more = response
                return response, more
            return response, []

        if inspect.isasyncgenfunction(fn):
            async def _submit_fn(message, history, *args, **kwargs):
                history_ = append_message(message, history, "user")
                empty = True
                async for response in fn(message, list(history), *args, **kwargs):
                    empty = False
                    response, more = split(response)
                    yield (response, append_message(response, history_, "assistant"), *more)
                if empty:
                    yield (None, history_, *[skip() for _ in range(extra)])
        elif inspect.isgeneratorfunction(fn):
            def _submit_fn(message, history, *args, **kwargs):
                history_ = append_message(message, history, "user")
                empty = True
                for response in fn(message, list(history), *args, **kwargs):
                    empty = False
                    response, more = split(response)
                    yield (response, append_message(response, history_, "assistant"), *more)
                if empty:
                    yield (None, history_, *[skip() for _ in range(extra)])
        else:
            async def _submit_fn(message, history, *args, **kwargs):
                response = fn(message, list(history), *args, **kwargs)
                if inspect.isawaitable(response):
                    response = await response
                response, more = split(response)
                history_ = append_message(response, append_message(message, history, "user"), "assistant")
                return (response, history_, *more)
        functools.update_wrapper(_submit_fn, fn, assigned=("__doc__", "__wrapped__"), updated=())
        _submit_fn.__wrapped__ = fn
        return _submit_fn

    def _flag(self, history: list, data: LikeData) -> None:
        """Flagging writes a CSV on a Gradio server; here the like is accepted and kept nowhere."""
        return None

    def _pop(self, history: list) -> tuple[list, Any]:
        return pop_last_user_message(history, self.multimodal)

    async def _examples_fn(self, message, *args):
        """An example's conversation: its message and fn's (last) reply, for cached examples."""
        from ..execution import resolve

        response = await resolve(self.fn(message, [], *args))
        if self.multimodal:
            files = [f.get("path") if isinstance(f, dict) else f for f in (message or {}).get("files", [])]
            return ([{"role": "user", "content": {"path": f}} for f in files]
                    + ([{"role": "user", "content": message["text"]}] if message.get("text") else [])
                    + [{"role": "assistant", "content": response}])
        return [{"role": "user", "content": message}, {"role": "assistant", "content": response}]

    def _flat_example(self, example: SelectData) -> dict:
        value = dict(example.value or {})
        value["files"] = [f["path"] if isinstance(f, dict) else f for f in value.get("files", [])]
        return value

    async def example_clicked(self, example: SelectData):
        history = append_message(example.value, [], "user")
        value = self._flat_example(example)
        message = value if self.multimodal else value.get("text", "")
        yield history, message
        if self.cache_examples:  # computed at the first click, then kept (Gradio caches at launch)
            handler = self.examples_handler
            if example.index not in handler.cache:
                handler.cache[example.index] = handler.postprocess(
                    await self._examples_fn(*handler.full_example(example.index)))
            yield handler.cache[example.index], message

    def example_populated(self, example: SelectData):
        value = self._flat_example(example)
        return value if self.multimodal else value.get("text", "")

    def option_clicked(self, history: list, option: SelectData):
        history.append({"role": "user", "content": option.value})
        return history, option.value

    def _edit_message(self, history: list, edit_data: EditData):
        index = edit_data.index[0] if isinstance(edit_data.index, (list, tuple)) else edit_data.index
        history = history[:index]
        return history, history, edit_data.value

    def _save_conversation(self, index, conversation, saved):
        if self.save_history:
            saved = list(saved or [])
            if index is not None:
                saved[index] = conversation
            else:
                saved.insert(0, conversation)
                index = 0
        return index, saved

    def _delete_conversation(self, index, saved):
        if index is not None:
            saved.pop(index)
        return None, saved

    def _load_chat_history(self, conversations):
        return Dataset(samples=[[conversation_title(c)] for c in conversations or [] if c])

    def _load_conversation(self, index, conversations):
        return index, Chatbot(value=conversations[index])


def _set(block, name: str, value: Any) -> None:
    """Set a prop as if it had been passed to the constructor (so the config and updates carry it)."""
    setattr(block, name, value)
    block._explicit_args[name] = value


builtins_type = type
