"""The semantic variables of a theme and their Base defaults, in Gradio 6.31's order.

Why: these are the names ``.set()`` accepts and the ``--body-background-fill`` ... variables the
frontend's components read. A value ``*name`` refers to another variable (``var(--name)`` in CSS);
``None`` for a ``_dark`` variable means "same as light". The order is the order of the generated
CSS, kept as Gradio's so our theme.css reads the same.
"""
from __future__ import annotations

# name value (value runs to the end of the line)
_TABLE = """
body_background_fill *background_fill_primary
body_background_fill_dark *background_fill_primary
body_text_color *neutral_800
body_text_color_dark *neutral_100
body_text_size *text_md
body_text_weight 400
embed_radius *radius_sm
color_accent *primary_500
color_accent_soft *primary_50
color_accent_soft_dark *neutral_700
background_fill_primary white
background_fill_primary_dark *neutral_950
background_fill_secondary *neutral_50
background_fill_secondary_dark *neutral_900
border_color_accent *primary_300
border_color_accent_dark *neutral_600
border_color_primary *neutral_200
border_color_primary_dark *neutral_700
link_text_color *secondary_600
link_text_color_active *secondary_600
link_text_color_active_dark *secondary_500
link_text_color_dark *secondary_500
link_text_color_hover *secondary_700
link_text_color_hover_dark *secondary_400
link_text_color_visited *secondary_500
link_text_color_visited_dark *secondary_600
body_text_color_subdued *neutral_400
body_text_color_subdued_dark *neutral_400
accordion_text_color *body_text_color
accordion_text_color_dark *body_text_color
table_text_color *body_text_color
table_text_color_dark *body_text_color
shadow_drop rgba(0,0,0,0.05) 0px 1px 2px 0px
shadow_drop_lg 0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)
shadow_inset rgba(0,0,0,0.05) 0px 2px 4px 0px inset
shadow_spread 3px
shadow_spread_dark 1px
block_background_fill *background_fill_primary
block_background_fill_dark *neutral_800
block_border_color *border_color_primary
block_border_color_dark *border_color_primary
block_border_width 1px
block_border_width_dark None
block_info_text_color *body_text_color_subdued
block_info_text_color_dark *body_text_color_subdued
block_info_text_size *text_sm
block_info_text_weight 400
block_label_background_fill *background_fill_primary
block_label_background_fill_dark *background_fill_secondary
block_label_border_color *border_color_primary
block_label_border_color_dark *border_color_primary
block_label_border_width 1px
block_label_border_width_dark None
block_label_shadow *block_shadow
block_label_text_color *neutral_500
block_label_text_color_dark *neutral_200
block_label_margin 0
block_label_padding *spacing_sm *spacing_lg
block_label_radius calc(*radius_sm - 1px) 0 calc(*radius_sm - 1px) 0
block_label_right_radius 0 calc(*radius_sm - 1px) 0 calc(*radius_sm - 1px)
block_label_text_size *text_sm
block_label_text_weight 400
block_padding *spacing_xl calc(*spacing_xl + 2px)
block_radius *radius_sm
block_shadow none
block_shadow_dark None
block_title_background_fill none
block_title_background_fill_dark None
block_title_border_color none
block_title_border_color_dark None
block_title_border_width 0px
block_title_border_width_dark None
block_title_text_color *neutral_500
block_title_text_color_dark *neutral_200
block_title_padding 0
block_title_radius none
block_title_text_size *text_md
block_title_text_weight 400
container_radius *radius_sm
form_gap_width 0px
layout_gap *spacing_xxl
panel_background_fill *background_fill_secondary
panel_background_fill_dark *background_fill_secondary
panel_border_color *border_color_primary
panel_border_color_dark *border_color_primary
panel_border_width 0
panel_border_width_dark None
section_header_text_size *text_md
section_header_text_weight 400
border_color_accent_subdued *border_color_accent
border_color_accent_subdued_dark *border_color_accent
code_background_fill *neutral_100
code_background_fill_dark *neutral_800
chatbot_text_size *text_lg
checkbox_background_color *background_fill_primary
checkbox_background_color_dark *neutral_800
checkbox_background_color_focus *checkbox_background_color
checkbox_background_color_focus_dark *checkbox_background_color
checkbox_background_color_hover *checkbox_background_color
checkbox_background_color_hover_dark *checkbox_background_color
checkbox_background_color_selected *color_accent
checkbox_background_color_selected_dark *color_accent
checkbox_border_color *neutral_300
checkbox_border_color_dark *neutral_700
checkbox_border_color_focus *color_accent
checkbox_border_color_focus_dark *color_accent
checkbox_border_color_hover *neutral_300
checkbox_border_color_hover_dark *neutral_600
checkbox_border_color_selected *color_accent
checkbox_border_color_selected_dark *color_accent
checkbox_border_radius *radius_sm
checkbox_border_width *input_border_width
checkbox_border_width_dark *input_border_width
checkbox_label_background_fill *button_secondary_background_fill
checkbox_label_background_fill_dark *button_secondary_background_fill
checkbox_label_background_fill_hover *button_secondary_background_fill_hover
checkbox_label_background_fill_hover_dark *button_secondary_background_fill_hover
checkbox_label_background_fill_selected *checkbox_label_background_fill
checkbox_label_background_fill_selected_dark *checkbox_label_background_fill
checkbox_label_border_color *border_color_primary
checkbox_label_border_color_dark *border_color_primary
checkbox_label_border_color_hover *checkbox_label_border_color
checkbox_label_border_color_hover_dark *checkbox_label_border_color
checkbox_label_border_color_selected *checkbox_label_border_color
checkbox_label_border_color_selected_dark *checkbox_label_border_color
checkbox_label_border_width *input_border_width
checkbox_label_border_width_dark *input_border_width
checkbox_label_gap *spacing_lg
checkbox_label_padding *spacing_md calc(2 * *spacing_md)
checkbox_label_shadow none
checkbox_label_shadow_dark None
checkbox_label_shadow_hover *checkbox_label_shadow
checkbox_label_shadow_hover_dark None
checkbox_label_shadow_active *checkbox_label_shadow
checkbox_label_shadow_active_dark None
checkbox_label_text_size *text_md
checkbox_label_text_weight 400
checkbox_check url("data:image/svg+xml,%3csvg viewBox='0 0 16 16' fill='white' xmlns='http://www.w3.org/2000/svg'%3e%3cpath d='M12.207 4.793a1 1 0 010 1.414l-5 5a1 1 0 01-1.414 0l-2-2a1 1 0 011.414-1.414L6.5 9.086l4.293-4.293a1 1 0 011.414 0z'/%3e%3c/svg%3e")
radio_circle url("data:image/svg+xml,%3csvg viewBox='0 0 16 16' fill='white' xmlns='http://www.w3.org/2000/svg'%3e%3ccircle cx='8' cy='8' r='3'/%3e%3c/svg%3e")
checkbox_shadow *input_shadow
checkbox_label_text_color *body_text_color
checkbox_label_text_color_dark *body_text_color
checkbox_label_text_color_selected *checkbox_label_text_color
checkbox_label_text_color_selected_dark *checkbox_label_text_color
error_background_fill #fef2f2
error_background_fill_dark *background_fill_primary
error_border_color #b91c1c
error_border_color_dark #ef4444
error_border_width 1px
error_border_width_dark None
error_text_color #b91c1c
error_text_color_dark #fef2f2
error_icon_color #b91c1c
error_icon_color_dark #ef4444
input_background_fill *neutral_100
input_background_fill_dark *neutral_700
input_background_fill_focus *input_background_fill
input_background_fill_focus_dark None
input_background_fill_hover *input_background_fill
input_background_fill_hover_dark *input_background_fill
input_border_color *border_color_primary
input_border_color_dark *border_color_primary
input_border_color_focus *secondary_300
input_border_color_focus_dark *neutral_700
input_border_color_hover *input_border_color
input_border_color_hover_dark *input_border_color
input_border_width 0px
input_border_width_dark None
input_padding *spacing_xl
input_placeholder_color *neutral_400
input_placeholder_color_dark *neutral_500
input_radius *radius_sm
input_shadow none
input_shadow_dark None
input_shadow_focus *input_shadow
input_shadow_focus_dark None
input_text_size *text_md
input_text_weight 400
loader_color *color_accent
loader_color_dark None
prose_text_size *text_md
prose_text_weight 400
prose_header_text_weight 600
slider_color *color_accent
slider_color_dark None
stat_background_fill *primary_300
stat_background_fill_dark *primary_500
table_border_color *neutral_300
table_border_color_dark *neutral_700
table_even_background_fill white
table_even_background_fill_dark *neutral_950
table_odd_background_fill *neutral_50
table_odd_background_fill_dark *neutral_900
table_radius *radius_sm
table_row_focus *color_accent_soft
table_row_focus_dark *color_accent_soft
button_border_width *input_border_width
button_border_width_dark None
button_cancel_background_fill *button_secondary_background_fill
button_cancel_background_fill_dark *button_secondary_background_fill
button_cancel_background_fill_hover *button_secondary_background_fill_hover
button_cancel_background_fill_hover_dark *button_secondary_background_fill_hover
button_cancel_border_color *button_secondary_border_color
button_cancel_border_color_dark *button_secondary_border_color
button_cancel_border_color_hover *button_secondary_border_color_hover
button_cancel_border_color_hover_dark *button_secondary_border_color_hover
button_cancel_text_color *button_secondary_text_color
button_cancel_text_color_dark *button_secondary_text_color
button_cancel_text_color_hover *button_secondary_text_color_hover
button_cancel_text_color_hover_dark white
button_cancel_shadow *button_secondary_shadow
button_cancel_shadow_hover *button_secondary_shadow_hover
button_cancel_shadow_active *button_secondary_shadow_active
button_cancel_shadow_dark *button_secondary_shadow
button_cancel_shadow_hover_dark *button_secondary_shadow_hover
button_cancel_shadow_active_dark *button_secondary_shadow_active
button_transform_hover none
button_transform_active none
button_transition all 0.2s ease
button_large_padding *spacing_lg calc(2 * *spacing_lg)
button_large_radius *radius_md
button_large_text_size *text_lg
button_large_text_weight 600
button_primary_background_fill *primary_500
button_primary_background_fill_dark *primary_600
button_primary_background_fill_hover *primary_600
button_primary_background_fill_hover_dark *primary_700
button_primary_border_color *primary_500
button_primary_border_color_dark *primary_600
button_primary_border_color_hover *primary_500
button_primary_border_color_hover_dark *primary_500
button_primary_text_color white
button_primary_text_color_dark white
button_primary_text_color_hover *button_primary_text_color
button_primary_text_color_hover_dark *button_primary_text_color
button_primary_shadow none
button_primary_shadow_hover *button_primary_shadow
button_primary_shadow_active *button_primary_shadow
button_primary_shadow_dark None
button_primary_shadow_hover_dark *button_primary_shadow
button_primary_shadow_active_dark *button_primary_shadow
button_secondary_background_fill *neutral_200
button_secondary_background_fill_dark *neutral_600
button_secondary_background_fill_hover *neutral_300
button_secondary_background_fill_hover_dark *neutral_700
button_secondary_border_color *neutral_200
button_secondary_border_color_dark *neutral_600
button_secondary_border_color_hover *neutral_200
button_secondary_border_color_hover_dark *neutral_500
button_secondary_text_color black
button_secondary_text_color_dark white
button_secondary_text_color_hover *button_secondary_text_color
button_secondary_text_color_hover_dark *button_secondary_text_color
button_secondary_shadow *button_primary_shadow
button_secondary_shadow_hover *button_secondary_shadow
button_secondary_shadow_active *button_secondary_shadow
button_secondary_shadow_dark None
button_secondary_shadow_hover_dark *button_secondary_shadow
button_secondary_shadow_active_dark *button_secondary_shadow
button_small_padding *spacing_sm calc(1.5 * *spacing_sm)
button_small_radius *radius_md
button_small_text_size *text_sm
button_small_text_weight 400
button_medium_padding *spacing_md calc(2 * *spacing_md)
button_medium_radius *radius_md
button_medium_text_size *text_md
button_medium_text_weight 600
"""


def _parse() -> list[tuple[str, str | None]]:
    rows = []
    for line in _TABLE.strip().splitlines():
        name, value = line.split(" ", 1)
        rows.append((name, None if value == "None" else value))
    return rows


DEFAULTS: list[tuple[str, str | None]] = _parse()
NAMES: frozenset[str] = frozenset(name for name, _ in DEFAULTS)

# Gradio's set() reads these four back under an old name, so a later .set() resets them to the
# default unless passed again (Soft().set(...) loses Soft's background); kept for the same result.
KEPT_AS = {"background_fill_primary": "background_primary", "background_fill_primary_dark": "background_primary_dark",
           "background_fill_secondary": "background_secondary",
           "background_fill_secondary_dark": "background_secondary_dark"}
