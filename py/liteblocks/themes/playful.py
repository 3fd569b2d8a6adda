"""Built-in themes: Cyberpunk, Neon and Mario.

Why: ``gr.themes.X()`` must give the variables gradio 6.31 gives; each theme is Base with its
constructor defaults (``_presets``) and its ``.set()`` values (``_table``, ``name value`` lines),
recorded from Gradio 6.31 and checked by tests/unit/test_themes.py.
"""
from __future__ import annotations

from . import colors, sizes
from .base import MONO, SANS, Base
from .fonts import LocalFont


class Cyberpunk(Base):
    """Cyberpunk: fuchsia and cyan neon on dark slate, Chakra Petch."""

    _theme_name = "cyberpunk"
    _presets = dict(
        primary_hue=colors.fuchsia, secondary_hue=colors.cyan, neutral_hue=colors.slate,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_md, radius_size=sizes.radius_sm, text_size=sizes.text_md,  # type: ignore[attr-defined]
        font=(LocalFont('Chakra Petch'), *SANS),
        font_mono=(LocalFont('Share Tech Mono', weights=(400,)), *MONO),
    )
    _table = """
body_background_fill *neutral_100
body_background_fill_dark #0a0416
body_text_color_dark *neutral_300
color_accent *secondary_500
color_accent_soft *secondary_50
color_accent_soft_dark #164e6360
background_fill_primary *neutral_50
background_fill_primary_dark #110b22
background_fill_secondary *neutral_200
background_fill_secondary_dark #1a1030
body_text_color_subdued *neutral_500
shadow_drop none
shadow_drop_lg none
shadow_spread 0px
block_background_fill white
block_background_fill_dark #110b22
block_border_color *neutral_300
block_border_color_dark #5b21b660
block_border_width 2px
block_label_background_fill *primary_100
block_label_background_fill_dark #701a7580
block_label_text_color *primary_700
block_label_text_color_dark *primary_300
block_label_radius 0
block_label_text_weight 700
block_shadow_dark none
block_title_background_fill *primary_100
block_title_background_fill_dark #701a7580
block_title_text_color *primary_700
block_title_text_color_dark *primary_300
block_title_padding *spacing_sm *spacing_lg
block_title_radius 0
block_title_text_weight 700
panel_border_color *neutral_300
panel_border_color_dark #5b21b660
panel_border_width 2px
checkbox_background_color_selected *primary_500
checkbox_background_color_selected_dark *primary_500
checkbox_border_color *neutral_400
checkbox_border_color_dark #7c3aed60
checkbox_border_color_selected *primary_600
checkbox_border_color_selected_dark *primary_500
checkbox_border_width 2px
checkbox_label_background_fill white
checkbox_label_background_fill_dark #1a1030
checkbox_label_background_fill_hover *primary_50
checkbox_label_background_fill_hover_dark #241540
checkbox_label_background_fill_selected *primary_600
checkbox_label_background_fill_selected_dark *primary_800
checkbox_label_border_color *neutral_300
checkbox_label_border_color_dark #6d28d950
checkbox_label_border_color_selected *primary_600
checkbox_label_border_color_selected_dark *primary_600
checkbox_label_border_width 2px
checkbox_shadow none
checkbox_label_text_color_selected white
checkbox_label_text_color_selected_dark *primary_200
input_background_fill white
input_background_fill_dark #1a1030
input_background_fill_focus white
input_background_fill_focus_dark #1e1238
input_border_color *neutral_300
input_border_color_dark #6d28d950
input_border_color_focus *primary_500
input_border_color_focus_dark *primary_500
input_border_width 2px
input_shadow_focus 0 0 0 2px #f0abfc
input_shadow_focus_dark 0 0 0 2px #d946ef80, 0 0 16px -2px #c026d330
loader_color *secondary_500
loader_color_dark *secondary_400
slider_color *secondary_500
slider_color_dark *secondary_400
table_border_color_dark #5b21b660
table_even_background_fill *neutral_50
table_even_background_fill_dark #1a1030
table_odd_background_fill white
table_odd_background_fill_dark #110b22
table_row_focus *primary_50
table_row_focus_dark #241540
button_border_width 2px
button_cancel_background_fill white
button_cancel_background_fill_dark #1a1030
button_cancel_background_fill_hover #fef2f2
button_cancel_background_fill_hover_dark #7f1d1d40
button_cancel_border_color #fca5a5
button_cancel_border_color_dark #b91c1c60
button_cancel_text_color #dc2626
button_cancel_text_color_dark #f87171
button_transition all 0.1s ease
button_primary_background_fill_hover_dark *primary_500
button_primary_border_color *primary_600
button_primary_border_color_dark *primary_500
button_primary_shadow_hover none
button_primary_shadow_active none
button_primary_shadow_dark 0 0 12px -2px #d946ef50
button_primary_shadow_hover_dark 0 0 20px -2px #d946ef60
button_primary_shadow_active_dark none
button_secondary_background_fill white
button_secondary_background_fill_dark #1a1030
button_secondary_background_fill_hover *neutral_100
button_secondary_background_fill_hover_dark #241540
button_secondary_border_color *neutral_300
button_secondary_border_color_dark #6d28d950
button_secondary_text_color *neutral_700
button_secondary_text_color_dark *neutral_300
button_secondary_shadow none
"""


class Neon(Base):
    """Neon: lime and cyan glow, Lexend, pill corners."""

    _theme_name = "neon"
    _presets = dict(
        primary_hue=colors.lime, secondary_hue=colors.cyan, neutral_hue=colors.neutral,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_lg, radius_size=sizes.radius_xxl, text_size=sizes.text_md,  # type: ignore[attr-defined]
        font=(LocalFont('Lexend'), *SANS),
        font_mono=(LocalFont('Space Mono', weights=(400,)), *MONO),
    )
    _table = """
body_background_fill *neutral_100
body_background_fill_dark *neutral_950
body_text_color_dark *neutral_200
color_accent *secondary_500
color_accent_soft *secondary_100
color_accent_soft_dark *secondary_900
background_fill_primary *neutral_100
background_fill_primary_dark *neutral_900
background_fill_secondary *neutral_200
background_fill_secondary_dark *neutral_800
body_text_color_subdued *neutral_500
shadow_drop none
shadow_drop_lg none
shadow_spread 0px
block_background_fill white
block_background_fill_dark *neutral_900
block_border_color *neutral_300
block_border_color_dark *neutral_700
block_border_width 2px
block_label_background_fill *primary_200
block_label_background_fill_dark *primary_800
block_label_text_color *primary_800
block_label_text_color_dark *primary_200
block_label_radius 0 0 calc(*radius_sm - 1px) 0
block_label_text_size *text_md
block_label_text_weight 600
block_shadow 0px 3px 0px 0px *neutral_300
block_shadow_dark 0px 3px 0px 0px *neutral_800
block_title_background_fill *primary_200
block_title_background_fill_dark *primary_800
block_title_text_color *primary_800
block_title_text_color_dark *primary_200
block_title_padding *spacing_sm *spacing_lg
block_title_radius *radius_sm
block_title_text_weight 600
panel_border_color *neutral_300
panel_border_color_dark *neutral_700
panel_border_width 2px
checkbox_background_color_selected *primary_500
checkbox_background_color_selected_dark *primary_400
checkbox_border_color *neutral_400
checkbox_border_color_dark *neutral_500
checkbox_border_color_selected *primary_600
checkbox_border_color_selected_dark *primary_500
checkbox_border_width 2px
checkbox_label_background_fill white
checkbox_label_background_fill_dark *neutral_800
checkbox_label_background_fill_hover *primary_50
checkbox_label_background_fill_hover_dark *neutral_700
checkbox_label_background_fill_selected *primary_300
checkbox_label_background_fill_selected_dark *primary_700
checkbox_label_border_color *neutral_300
checkbox_label_border_color_dark *neutral_600
checkbox_label_border_color_selected *primary_500
checkbox_label_border_color_selected_dark *primary_500
checkbox_label_border_width 2px
checkbox_label_shadow 0px 4px 0px 0px *neutral_300
checkbox_label_shadow_dark 0px 4px 0px 0px *neutral_700
checkbox_label_shadow_hover 0px 6px 0px 0px *neutral_300
checkbox_label_shadow_hover_dark 0px 6px 0px 0px *neutral_700
checkbox_label_shadow_active 0px 2px 0px 0px *neutral_300
checkbox_label_shadow_active_dark 0px 2px 0px 0px *neutral_700
checkbox_shadow none
checkbox_label_text_color_selected *primary_900
checkbox_label_text_color_selected_dark *primary_100
input_background_fill white
input_background_fill_dark *neutral_800
input_background_fill_focus *primary_50
input_background_fill_focus_dark *neutral_700
input_border_color *neutral_300
input_border_color_dark *neutral_600
input_border_color_focus *primary_500
input_border_color_focus_dark *primary_400
input_border_width 2px
input_shadow_focus none
loader_color *primary_500
loader_color_dark *primary_400
slider_color *primary_500
slider_color_dark *primary_400
table_border_color_dark *neutral_600
table_even_background_fill *neutral_50
table_even_background_fill_dark *neutral_800
table_odd_background_fill white
button_border_width 2px
button_cancel_background_fill #f87171
button_cancel_background_fill_dark #ef4444
button_cancel_background_fill_hover #f87171
button_cancel_background_fill_hover_dark #ef4444
button_cancel_border_color #ef4444
button_cancel_border_color_dark #dc2626
button_cancel_text_color white
button_cancel_text_color_dark white
button_cancel_shadow 0px 4px 0px 0px #dc2626
button_cancel_shadow_hover 0px 6px 0px 0px #dc2626
button_cancel_shadow_active 0px 2px 0px 0px #dc2626
button_cancel_shadow_dark 0px 4px 0px 0px #b91c1c
button_cancel_shadow_hover_dark 0px 6px 0px 0px #b91c1c
button_cancel_shadow_active_dark 0px 2px 0px 0px #b91c1c
button_transform_hover translateY(-2px)
button_transform_active translateY(1px)
button_transition all 0.1s ease
button_primary_background_fill *primary_400
button_primary_background_fill_dark *primary_500
button_primary_background_fill_hover *primary_400
button_primary_background_fill_hover_dark *primary_500
button_primary_text_color *primary_950
button_primary_text_color_dark *primary_950
button_primary_shadow 0px 4px 0px 0px *primary_600
button_primary_shadow_hover 0px 6px 0px 0px *primary_600
button_primary_shadow_active 0px 2px 0px 0px *primary_600
button_primary_shadow_dark 0px 4px 0px 0px *primary_700
button_primary_shadow_hover_dark 0px 6px 0px 0px *primary_700
button_primary_shadow_active_dark 0px 2px 0px 0px *primary_700
button_secondary_background_fill white
button_secondary_background_fill_dark *neutral_800
button_secondary_background_fill_hover white
button_secondary_background_fill_hover_dark *neutral_800
button_secondary_border_color *neutral_300
button_secondary_text_color *neutral_700
button_secondary_text_color_dark *neutral_200
button_secondary_shadow 0px 4px 0px 0px *neutral_300
button_secondary_shadow_hover 0px 6px 0px 0px *neutral_300
button_secondary_shadow_active 0px 2px 0px 0px *neutral_300
button_secondary_shadow_dark 0px 4px 0px 0px *neutral_700
button_secondary_shadow_hover_dark 0px 6px 0px 0px *neutral_700
button_secondary_shadow_active_dark 0px 2px 0px 0px *neutral_700
"""


class Mario(Base):
    """Mario: its variables (orange, green, Press Start 2P); Gradio's extra Mario stylesheet is not included."""

    _theme_name = "mario"
    _presets = dict(
        primary_hue=colors.orange, secondary_hue=colors.green, neutral_hue=colors.stone,  # type: ignore[attr-defined]
        spacing_size=sizes.spacing_md, radius_size=sizes.radius_sm, text_size=sizes.text_md,  # type: ignore[attr-defined]
        font=(LocalFont('Press Start 2P', weights=(400,)), 'ui-monospace', 'monospace'),
        font_mono=(LocalFont('Press Start 2P', weights=(400,)), *MONO),
    )
    _table = """
body_background_fill #6B8CFF
body_text_color #000000
color_accent #FAC000
color_accent_soft #FCE4A8
background_fill_primary #6B8CFF
background_fill_secondary #E4A672
link_text_color #00A800
link_text_color_hover #10C010
body_text_color_subdued #A0380C
shadow_drop none
shadow_drop_lg none
shadow_inset rgba(0,0,0,0.3) 0px 2px 4px 0px inset
shadow_spread 0px
block_background_fill #FAC000
block_border_color #000000
block_border_width 4px
block_label_background_fill #C84C0C
block_label_border_color #000000
block_label_border_width 3px
block_label_shadow 0px 3px 0px 0px #9C6838
block_label_text_color #000000
block_label_padding *spacing_sm *spacing_md
block_label_radius 4px
block_padding *spacing_lg
block_radius 4px
block_shadow 0px 4px 0px 0px #A0380C
block_title_background_fill #C84C0C
block_title_border_color #000000
block_title_border_width 3px
block_title_text_color #000000
block_title_padding *spacing_sm *spacing_md
block_title_radius 4px
panel_background_fill #C84C0C
panel_border_color #000000
panel_border_width 4px
checkbox_background_color_selected #FAC000
checkbox_border_color #000000
checkbox_border_color_selected #000000
checkbox_border_width 3px
checkbox_label_background_fill #FCE4A8
checkbox_label_background_fill_hover #FCFCFC
checkbox_label_background_fill_selected #FAC000
checkbox_label_border_color #000000
checkbox_label_border_color_selected #000000
checkbox_label_border_width 3px
checkbox_label_shadow 0px 3px 0px 0px #9C6838
checkbox_label_shadow_hover 0px 5px 0px 0px #9C6838
checkbox_label_shadow_active 0px 1px 0px 0px #9C6838
checkbox_shadow none
checkbox_label_text_color #000000
checkbox_label_text_color_selected #000000
error_background_fill #FCD0D0
error_border_color #dc2626
error_text_color #991b1b
error_icon_color #dc2626
input_background_fill #FCE4A8
input_background_fill_focus #FCFCFC
input_border_color #000000
input_border_color_focus #C84C0C
input_border_width 3px
input_placeholder_color #9C6838
input_radius 4px
input_shadow_focus 0 0 0 3px #FAC000
loader_color #FAC000
slider_color #00A800
table_border_color #000000
table_even_background_fill #FCE4A8
table_odd_background_fill #E4A672
table_row_focus #FAC000
button_border_width 4px
button_cancel_background_fill #dc2626
button_cancel_background_fill_hover #ef4444
button_cancel_border_color #000000
button_cancel_text_color #000000
button_cancel_shadow 0px 4px 0px 0px #7f1d1d
button_cancel_shadow_hover 0px 6px 0px 0px #7f1d1d
button_cancel_shadow_active 0px 1px 0px 0px #7f1d1d
button_transform_hover translateY(-2px)
button_transform_active translateY(2px)
button_transition all 0.08s ease
button_primary_background_fill #00A800
button_primary_background_fill_hover #10C010
button_primary_border_color #000000
button_primary_text_color #000000
button_primary_shadow 0px 4px 0px 0px #005800
button_primary_shadow_hover 0px 6px 0px 0px #005800
button_primary_shadow_active 0px 1px 0px 0px #005800
button_secondary_background_fill #C84C0C
button_secondary_background_fill_hover #D86020
button_secondary_border_color #000000
button_secondary_text_color #000000
button_secondary_shadow 0px 4px 0px 0px #9C6838
button_secondary_shadow_hover 0px 6px 0px 0px #9C6838
button_secondary_shadow_active 0px 1px 0px 0px #9C6838
"""
