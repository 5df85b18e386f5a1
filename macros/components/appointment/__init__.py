"""The "For your appointment" form, its do-not-wait cards and its printed summary
(appointment.py). Only its page downloads its stylesheet and script."""

from __future__ import annotations

import pathlib

from .. import Component, Macro
from . import appointment

COMPONENT = Component(
    folder=pathlib.Path(__file__).parent,
    macros={
        "appointment_form": Macro(
            render=lambda call: appointment.appointment_html(call.kb, call.page, call.site_name, call.site_address),
            sources=appointment.sources_of_appointment,
        ),
    },
    styles=("appointment.css",),
    scripts=("appointment.js",),
    bundle=appointment.BUNDLE,
    cascade=1,  # after the checklist's styles, which its form shares
    selector=".appointment, .appointment-summary",
)
