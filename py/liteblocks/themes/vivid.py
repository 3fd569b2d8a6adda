"""Built-in themes: Citrus, Ocean and Ember.

Why: ``gr.themes.X()`` must give the variables gradio 6.31 gives; each theme is Base with its
constructor defaults (``_presets``) and its ``.set()`` values (``_table``, ``name value`` lines),
recorded from Gradio 6.31 and checked by tests/unit/test_themes.py.
"""
from __future__ import annotations

from . import colors, sizes
from .base import MONO, SANS, Base
from .fonts import LocalFont


class Citrus(Base):
    """Citrus: amber, Ubuntu, raised 3D-looking buttons."""

    _theme_name = "citrus"
    _presets = dict(
        primary_hue=colors.amber, secondary_hue=colors.amber, neutral_hue=colors.stone,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_lg, radius_size=sizes.radius_md, text_size=sizes.text_md,  # type: ignore[attr-defined]
        font=(LocalFont('Ubuntu', weights=(400,)), *SANS),
        font_mono=(LocalFont('Roboto Mono'), *MONO),
    )
    _table = """
background_fill_primary *neutral_50
block_background_fill *neutral_100
block_border_color *neutral_300
block_label_shadow none
block_shadow 0px 3px 0px 0px *neutral_300;
block_shadow_dark 0px 3px 0px 0px *neutral_700;
panel_border_width 1px
checkbox_background_color_dark *neutral_400
checkbox_background_color_selected_dark *primary_600
checkbox_label_background_fill *neutral_200
checkbox_label_background_fill_dark *neutral_700
checkbox_label_background_fill_hover *checkbox_label_background_fill
checkbox_label_background_fill_hover_dark *checkbox_label_background_fill
checkbox_label_background_fill_selected *primary_400
checkbox_label_background_fill_selected_dark *primary_500
checkbox_label_border_color_selected *primary_300
checkbox_label_border_color_selected_dark *primary_600
checkbox_label_border_width 2px
checkbox_label_border_width_dark 2px
checkbox_shadow none
checkbox_label_text_color_selected_dark *button_primary_text_color
input_background_fill *neutral_50
input_background_fill_dark *neutral_900
input_background_fill_focus *primary_50
input_background_fill_focus_dark none
input_border_width 1px
input_shadow 0px -1px 0px 0px *neutral_300;
input_shadow_dark 0px -1px 0px 0px *neutral_700;
input_shadow_focus 0px -1px 0px 0px *primary_300;
input_shadow_focus_dark 0px -1px 0px 0px *primary_600;
slider_color *primary_400
slider_color_dark *primary_500
button_border_width 0px
button_cancel_background_fill #ef4444
button_cancel_background_fill_dark #b91c1c
button_cancel_background_fill_hover #dc2626
button_cancel_background_fill_hover_dark #991b1b
button_cancel_text_color white
button_cancel_text_color_dark white
button_cancel_text_color_hover white
button_cancel_shadow 0px 3px 0px 0px rgb(248 113 113)
button_cancel_shadow_hover 0px 5px 0px 0px rgb(248 113 113)
button_cancel_shadow_active 0px 2px 0px 0px rgb(248 113 113)
button_cancel_shadow_dark 0px 3px 0px 0px rgb(220 38 38)
button_cancel_shadow_hover_dark 0px 5px 0px 0px rgb(220 38 38)
button_cancel_shadow_active_dark 0px 2px 0px 0px rgb(220 38 38)
button_transform_hover translateY(-2px);
button_transform_active translateY(1px);
button_transition all 0.1s;
button_primary_background_fill_hover *button_primary_background_fill
button_primary_background_fill_hover_dark *button_primary_background_fill
button_primary_text_color *button_secondary_text_color
button_primary_text_color_dark *button_secondary_text_color
button_primary_shadow 0px 3px 0px 0px *primary_400;
button_primary_shadow_hover 0px 5px 0px 0px *primary_400;
button_primary_shadow_active 0px 2px 0px 0px *primary_400;
button_primary_shadow_dark 0px 3px 0px 0px *primary_700;
button_primary_shadow_hover_dark 0px 5px 0px 0px *primary_700;
button_primary_shadow_active_dark 0px 2px 0px 0px *primary_700;
button_secondary_background_fill *primary_400
button_secondary_background_fill_dark *primary_500
button_secondary_background_fill_hover *button_secondary_background_fill
button_secondary_background_fill_hover_dark *button_secondary_background_fill
button_secondary_text_color_dark *neutral_900
button_secondary_shadow 0px 3px 0px 0px *primary_300;
button_secondary_shadow_hover 0px 5px 0px 0px *primary_300;
button_secondary_shadow_active 0px 2px 0px 0px *primary_300;
button_secondary_shadow_dark 0px 3px 0px 0px *primary_600;
button_secondary_shadow_hover_dark 0px 5px 0px 0px *primary_600;
button_secondary_shadow_active_dark 0px 2px 0px 0px *primary_600;
"""


class Ocean(Base):
    """Ocean: emerald-to-sky gradients, round corners."""

    _theme_name = "ocean"
    _presets = dict(
        primary_hue=colors.emerald, secondary_hue=colors.sky, neutral_hue=colors.zinc,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_md, radius_size=sizes.radius_xxl, text_size=sizes.text_md,  # type: ignore[attr-defined]
        font=(LocalFont('IBM Plex Sans'), *SANS),
        font_mono=(LocalFont('IBM Plex Mono'), *MONO),
    )
    _table = """
block_shadow *shadow_drop_lg
checkbox_background_color_selected *primary_400
checkbox_background_color_selected_dark *primary_600
checkbox_label_background_fill_selected linear-gradient(120deg, *primary_400 0%, *primary_300 60%, *primary_400 100%)
checkbox_label_background_fill_selected_dark linear-gradient(120deg, *primary_600 0%, *primary_500 60%, *primary_600 100%)
checkbox_label_border_color_selected *primary_400
checkbox_label_border_color_selected_dark *primary_600
checkbox_label_border_width 1px
checkbox_label_text_color_selected *button_secondary_text_color
checkbox_label_text_color_selected_dark *button_secondary_text_color
slider_color *primary_400
slider_color_dark *primary_500
button_border_width 0px
button_transform_hover scale(1.02)
button_transition all 0.1s ease-in-out
button_primary_background_fill linear-gradient(120deg, *secondary_500 0%, *primary_300 60%, *primary_400 100%)
button_primary_background_fill_dark linear-gradient(120deg, *secondary_600 0%, *primary_500 60%, *primary_600 100%)
button_primary_background_fill_hover linear-gradient(120deg, *secondary_400 0%, *primary_300 60%, *primary_300 100%)
button_primary_background_fill_hover_dark linear-gradient(120deg, *secondary_500 0%, *primary_500 60%, *primary_500 100%)
button_primary_text_color *button_secondary_text_color
button_primary_text_color_dark *button_secondary_text_color
button_primary_shadow_hover 0 1px 3px 0 *primary_200, 0 1px 2px -1px *primary_200
button_primary_shadow_dark none
button_secondary_background_fill linear-gradient(120deg, *neutral_300 0%, *neutral_100 60%, *neutral_200 100%)
button_secondary_background_fill_dark linear-gradient(120deg, *neutral_700 0%, *neutral_600 60%, *neutral_700 100%)
button_secondary_background_fill_hover linear-gradient(120deg, *neutral_200 0%, *neutral_100 60%, *neutral_100 100%)
button_secondary_background_fill_hover_dark linear-gradient(120deg, *neutral_600 0%, *neutral_600 60%, *neutral_700 100%)
button_secondary_shadow_hover *shadow_drop_lg
button_secondary_shadow_dark none
"""


class Ember(Base):
    """Ember: warm orange on stone, Source Sans 3."""

    _theme_name = "ember"
    _presets = dict(
        primary_hue=colors.orange, secondary_hue=colors.orange, neutral_hue=colors.stone,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_md, radius_size=sizes.radius_lg, text_size=sizes.text_md,  # type: ignore[attr-defined]
        font=(LocalFont('Source Sans 3'), *SANS),
        font_mono=(LocalFont('Source Code Pro'), *MONO),
    )
    _table = """
body_background_fill *neutral_50
body_background_fill_dark *neutral_950
body_text_color_dark *neutral_200
color_accent_soft_dark *primary_900
background_fill_primary_dark *neutral_900
background_fill_secondary *neutral_100
background_fill_secondary_dark *neutral_800
body_text_color_subdued *neutral_500
shadow_drop 0 1px 3px 0 rgb(0 0 0 / 0.08)
shadow_drop_lg 0 4px 12px 0 rgb(0 0 0 / 0.1)
shadow_spread 6px
block_background_fill white
block_background_fill_dark *neutral_900
block_border_width 0px
block_label_background_fill *primary_50
block_label_background_fill_dark *primary_900
block_label_text_color *primary_600
block_label_text_color_dark *primary_300
block_label_padding *spacing_sm *spacing_md
block_label_radius *radius_md
block_label_text_size *text_md
block_label_text_weight 600
block_shadow *shadow_drop
block_shadow_dark 0 1px 4px 0 rgb(0 0 0 / 0.3)
block_title_background_fill *primary_50
block_title_background_fill_dark *primary_900
block_title_text_color *primary_600
block_title_text_color_dark *primary_300
block_title_padding *spacing_sm *spacing_md
block_title_radius *radius_md
block_title_text_weight 600
panel_border_color *neutral_200
panel_border_color_dark *neutral_700
panel_border_width 1px
checkbox_background_color_selected *primary_500
checkbox_background_color_selected_dark *primary_500
checkbox_border_color_dark *neutral_500
checkbox_border_color_selected *primary_500
checkbox_border_color_selected_dark *primary_500
checkbox_label_background_fill white
checkbox_label_background_fill_dark *neutral_800
checkbox_label_background_fill_selected *primary_500
checkbox_label_background_fill_selected_dark *primary_600
checkbox_label_shadow *shadow_drop
checkbox_shadow none
checkbox_label_text_color_selected white
input_background_fill white
input_background_fill_dark *neutral_800
input_border_color *neutral_200
input_border_color_dark *neutral_600
input_border_color_focus *primary_400
input_border_color_focus_dark *primary_500
input_border_width 1px
input_shadow_focus 0 0 0 3px *primary_100
input_shadow_focus_dark 0 0 0 3px *primary_900
loader_color *primary_500
loader_color_dark *primary_400
slider_color *primary_500
slider_color_dark *primary_400
table_even_background_fill *neutral_50
table_even_background_fill_dark *neutral_800
table_odd_background_fill white
button_border_width 0px
button_cancel_background_fill #ef4444
button_cancel_background_fill_dark #dc2626
button_cancel_background_fill_hover #dc2626
button_cancel_background_fill_hover_dark #b91c1c
button_cancel_text_color white
button_cancel_text_color_dark white
button_transition all 0.15s ease
button_primary_background_fill_hover_dark *primary_500
button_primary_shadow 0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)
button_primary_shadow_hover 0 4px 6px -1px rgb(0 0 0 / 0.1), 0 2px 4px -2px rgb(0 0 0 / 0.1)
button_primary_shadow_active none
button_secondary_background_fill white
button_secondary_background_fill_dark *neutral_800
button_secondary_background_fill_hover *neutral_50
button_secondary_text_color *neutral_700
button_secondary_text_color_dark *neutral_200
button_secondary_shadow *shadow_drop
button_secondary_shadow_hover *shadow_drop_lg
"""
