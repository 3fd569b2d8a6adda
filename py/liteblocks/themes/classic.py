"""Built-in themes, the long-standing ones: Default, Origin, Soft, Monochrome, Glass.

Why: ``gr.themes.X()`` must give the variables gradio 6.31 gives; each theme is Base with its
constructor defaults (``_presets``) and its ``.set()`` values (``_table``, ``name value`` lines),
recorded from Gradio 6.31 and checked by tests/unit/test_themes.py.
"""
from __future__ import annotations

from . import colors, sizes
from .base import MONO, SANS, Base
from .fonts import LocalFont


class Default(Base):
    """Gradio's default theme: orange primary, Source Sans Pro, zinc neutrals."""

    _theme_name = "default"
    _presets = dict(
        primary_hue=colors.orange, secondary_hue=colors.blue, neutral_hue=colors.zinc,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_md, radius_size=sizes.radius_md, text_size=sizes.text_md,  # type: ignore[attr-defined]
        font=(LocalFont('Source Sans Pro'), *SANS),
        font_mono=(LocalFont('IBM Plex Mono'), *MONO),
    )
    _table = """
border_color_accent_subdued *primary_200
checkbox_label_background_fill *background_fill_primary
checkbox_label_background_fill_dark *neutral_800
checkbox_label_background_fill_hover *background_fill_secondary
checkbox_label_background_fill_hover_dark *checkbox_label_background_fill
error_background_fill_dark *neutral_900
input_background_fill white
input_background_fill_dark *neutral_800
input_border_width 1px
input_shadow_focus 0 0 0 *shadow_spread *secondary_50, *shadow_inset
input_shadow_focus_dark 0 0 0 *shadow_spread *neutral_700, *shadow_inset
stat_background_fill linear-gradient(to right, *primary_400, *primary_200)
stat_background_fill_dark linear-gradient(to right, *primary_400, *primary_600)
button_border_width 0px
button_cancel_background_fill #ef4444
button_cancel_background_fill_dark #b91c1c
button_cancel_background_fill_hover #dc2626
button_cancel_background_fill_hover_dark #991b1b
button_cancel_text_color white
button_cancel_text_color_dark white
button_cancel_text_color_hover white
"""


class Origin(Base):
    """Origin: Gradio 4's look (orange, gray neutrals) kept for apps that want it."""

    _theme_name = "origin"
    _presets = dict(
        primary_hue=colors.orange, secondary_hue=colors.blue, neutral_hue=colors.gray,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_md, radius_size=sizes.radius_md, text_size=sizes.text_md,  # type: ignore[attr-defined]
        font=(LocalFont('Source Sans Pro'), *SANS),
        font_mono=(LocalFont('IBM Plex Mono'), *MONO),
    )
    _table = """
block_shadow *shadow_drop
form_gap_width 1px
border_color_accent_subdued *primary_200
checkbox_label_background_fill linear-gradient(to top, *neutral_50, white)
checkbox_label_background_fill_dark linear-gradient(to top, *neutral_900, *neutral_800)
checkbox_label_background_fill_hover linear-gradient(to top, *neutral_100, white)
checkbox_label_background_fill_hover_dark linear-gradient(to top, *neutral_900, *neutral_800)
checkbox_label_shadow *shadow_drop
error_background_fill_dark *neutral_900
input_background_fill white
input_background_fill_dark *neutral_800
input_border_width 1px
input_shadow 0 0 0 *shadow_spread transparent, *shadow_inset
input_shadow_focus 0 0 0 *shadow_spread *secondary_50, *shadow_inset
input_shadow_focus_dark 0 0 0 *shadow_spread *neutral_700, *shadow_inset
stat_background_fill linear-gradient(to right, *primary_400, *primary_200)
stat_background_fill_dark linear-gradient(to right, *primary_400, *primary_600)
button_border_width 1px
button_border_width_dark 1px
button_cancel_background_fill linear-gradient(to bottom right, #fee2e2, #fecaca)
button_cancel_background_fill_dark linear-gradient(to bottom right, #dc2626, #b91c1c)
button_cancel_background_fill_hover linear-gradient(to bottom right, #fee2e2, #fee2e2)
button_cancel_background_fill_hover_dark linear-gradient(to bottom right, #dc2626, #dc2626)
button_cancel_border_color #fecaca
button_cancel_border_color_dark #dc2626
button_cancel_border_color_hover #fecaca
button_cancel_border_color_hover_dark #dc2626
button_cancel_text_color #dc2626
button_cancel_text_color_dark white
button_transition none
button_primary_background_fill linear-gradient(to bottom right, *primary_100, *primary_300)
button_primary_background_fill_dark linear-gradient(to bottom right, *primary_500, *primary_600)
button_primary_background_fill_hover linear-gradient(to bottom right, *primary_100, *primary_200)
button_primary_background_fill_hover_dark linear-gradient(to bottom right, *primary_500, *primary_500)
button_primary_border_color *primary_200
button_primary_border_color_dark *primary_500
button_primary_border_color_hover *button_primary_border_color
button_primary_text_color *primary_600
button_primary_shadow *shadow_drop
button_primary_shadow_hover *shadow_drop_lg
button_primary_shadow_active *shadow_inset
button_secondary_background_fill linear-gradient(to bottom right, *neutral_100, *neutral_200)
button_secondary_background_fill_dark linear-gradient(to bottom right, *neutral_600, *neutral_700)
button_secondary_background_fill_hover linear-gradient(to bottom right, *neutral_100, *neutral_100)
button_secondary_background_fill_hover_dark linear-gradient(to bottom right, *neutral_600, *neutral_600)
button_secondary_border_color_hover_dark *neutral_600
button_secondary_text_color *neutral_800
button_secondary_shadow *shadow_drop
button_secondary_shadow_hover *shadow_drop_lg
button_secondary_shadow_active *shadow_inset
"""


class Soft(Base):
    """Soft: indigo, Montserrat, soft shadows and tinted block labels."""

    _theme_name = "soft"
    _presets = dict(
        primary_hue=colors.indigo, secondary_hue=colors.indigo, neutral_hue=colors.gray,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_md, radius_size=sizes.radius_md, text_size=sizes.text_md,  # type: ignore[attr-defined]
        font=(LocalFont('Montserrat', weights=(400, 700)), *SANS),
        font_mono=(LocalFont('IBM Plex Mono'), *MONO),
    )
    _table = """
background_fill_primary *neutral_50
shadow_drop 0 1px 4px 0 rgb(0 0 0 / 0.1)
shadow_drop_lg 0 2px 5px 0 rgb(0 0 0 / 0.1)
shadow_spread 6px
block_background_fill white
block_border_width 0px
block_label_background_fill *primary_100
block_label_background_fill_dark *primary_600
block_label_text_color *primary_500
block_label_text_color_dark white
block_label_margin *spacing_md
block_label_padding *spacing_sm *spacing_md
block_label_radius *radius_md
block_label_text_size *text_md
block_label_text_weight 600
block_title_background_fill *block_label_background_fill
block_title_text_color *primary_500
block_title_text_color_dark white
block_title_padding *block_label_padding
block_title_radius *block_label_radius
block_title_text_weight 600
panel_border_width 1px
checkbox_background_color_selected *primary_600
checkbox_background_color_selected_dark *primary_700
checkbox_border_color *neutral_100
checkbox_border_color_dark *neutral_600
checkbox_border_color_focus *primary_500
checkbox_border_color_focus_dark *primary_600
checkbox_border_color_selected *primary_600
checkbox_border_color_selected_dark *primary_700
checkbox_border_width 1px
checkbox_label_background_fill_selected *primary_500
checkbox_label_background_fill_selected_dark *primary_600
checkbox_label_shadow *shadow_drop_lg
checkbox_shadow none
checkbox_label_text_color_selected white
input_background_fill white
input_border_color *neutral_50
input_shadow *shadow_drop
input_shadow_focus *shadow_drop_lg
slider_color *primary_500
slider_color_dark *primary_600
button_primary_background_fill_hover *primary_400
button_primary_background_fill_hover_dark *primary_500
button_primary_shadow *shadow_drop_lg
button_primary_shadow_hover *shadow_drop_lg
button_primary_shadow_active *shadow_inset
button_secondary_background_fill white
button_secondary_background_fill_hover *neutral_100
button_secondary_background_fill_hover_dark *primary_500
button_secondary_text_color *neutral_800
button_secondary_shadow *shadow_drop_lg
button_secondary_shadow_hover *shadow_drop_lg
button_secondary_shadow_active *shadow_inset
"""


class Monochrome(Base):
    """Monochrome: black and white, Lora, square corners, wide spacing."""

    _theme_name = "monochrome"
    _presets = dict(
        primary_hue=colors.neutral, secondary_hue=colors.neutral, neutral_hue=colors.neutral,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_lg, radius_size=sizes.radius_none, text_size=sizes.text_md,  # type: ignore[attr-defined]
        font=(LocalFont('Lora'), *SANS),
        font_mono=(LocalFont('IBM Plex Mono'), *MONO),
    )
    _table = """
body_text_color *neutral_900
background_fill_primary_dark *neutral_900
background_fill_secondary_dark *neutral_800
body_text_color_subdued *neutral_700
shadow_drop_lg 0 1px 4px 0 rgb(0 0 0 / 0.1)
block_label_text_color *body_text_color
block_label_text_size *text_md
block_label_text_weight 600
block_shadow_dark *shadow_drop_lg
block_title_text_color *body_text_color
block_title_text_weight 600
checkbox_background_color *input_background_fill
checkbox_label_background_fill_selected *button_primary_background_fill
checkbox_label_border_color *checkbox_background_color
checkbox_label_border_color_hover *button_secondary_border_color_hover
checkbox_label_border_color_selected *button_primary_border_color
checkbox_label_border_width *button_border_width
checkbox_label_padding *spacing_sm
checkbox_label_text_color_selected *button_primary_text_color
slider_color *neutral_900
slider_color_dark *neutral_500
button_border_width 2px
button_cancel_border_color *neutral_900
button_large_padding *spacing_lg
button_primary_background_fill *neutral_900
button_primary_background_fill_dark *neutral_600
button_primary_background_fill_hover *neutral_700
button_primary_background_fill_hover_dark *neutral_600
button_primary_border_color *neutral_900
button_secondary_background_fill white
button_secondary_background_fill_dark *neutral_700
button_secondary_background_fill_hover white
button_secondary_border_color *neutral_900
button_secondary_border_color_hover *neutral_400
button_secondary_text_color *neutral_900
button_secondary_text_color_hover *neutral_400
button_small_padding *spacing_sm
"""


class Glass(Base):
    """Glass: slate and blue, gradients and a translucent, glassy look."""

    _theme_name = "glass"
    _presets = dict(
        primary_hue=colors.blue, secondary_hue=colors.slate, neutral_hue=colors.slate,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_sm, radius_size=sizes.radius_sm, text_size=sizes.text_sm,  # type: ignore[attr-defined]
        font=('Optima', 'Candara', 'Noto Sans', 'source-sans-pro', 'sans-serif'),
        font_mono=(LocalFont('IBM Plex Mono'), *MONO),
    )
    _table = """
body_background_fill_dark *secondary_800
background_fill_primary_dark *neutral_700
background_fill_secondary *secondary_100
background_fill_secondary_dark *secondary_800
border_color_primary_dark *secondary_600
shadow_inset rgba(0,0,0,0.05) 0px 1px 2px 0px inset
block_background_fill *secondary_50
block_background_fill_dark *secondary_800
block_border_color_dark *secondary_600
block_border_width 0px
block_border_width_dark 1px
block_label_background_fill *secondary_200
block_label_background_fill_dark *secondary_700
block_label_border_color_dark *secondary_600
block_label_text_color *secondary_500
block_label_text_size *text_md
block_label_text_weight 600
block_title_text_color *secondary_500
block_title_text_weight 600
panel_border_width 1px
checkbox_background_color_dark *secondary_400
checkbox_border_width 0px
checkbox_border_width_dark 0px
checkbox_label_border_color_dark *secondary_700
checkbox_label_border_width 1px
checkbox_label_border_width_dark 1px
input_background_fill linear-gradient(0deg, *secondary_100 0%, white 100%)
input_background_fill_dark *secondary_600
input_border_color_dark *secondary_600
input_border_color_focus_dark *secondary_500
input_border_width 1px
table_even_background_fill_dark *neutral_700
table_odd_background_fill_dark *neutral_700
button_border_width 1px
button_primary_background_fill linear-gradient(180deg, *primary_100 0%, *primary_200 30%)
button_primary_background_fill_dark linear-gradient(180deg, *primary_500 0%, *primary_600 30%)
button_primary_background_fill_hover linear-gradient(180deg, *primary_100 0%, *primary_200 30%)
button_primary_background_fill_hover_dark linear-gradient(180deg, *primary_500 0%, *primary_600 30%)
button_primary_border_color *primary_200
button_primary_border_color_hover *button_primary_border_color
button_primary_text_color *body_text_color
button_primary_shadow_active *shadow_inset
button_secondary_background_fill linear-gradient(180deg, *secondary_100 0%, *secondary_200 30%)
button_secondary_background_fill_dark linear-gradient(180deg, *secondary_500 0%, *secondary_600 30%)
button_secondary_background_fill_hover linear-gradient(180deg, *secondary_100 0%, *secondary_200 30%)
button_secondary_background_fill_hover_dark linear-gradient(180deg, *secondary_500 0%, *secondary_600 30%)
button_secondary_shadow_active *shadow_inset
"""
