//! An on/off setting that also lives in the page's address (`?name=1` on, `?name=0` off), so a
//! shared link opens with it: the address value is applied once, as if clicked; anything but
//! 0/1 is named beside the switch and ignored.

use leptos::prelude::*;

use crate::strings;
use crate::widgets::address;

/// The switch.
#[component]
pub fn AddressSwitch(
    /// Whether it is on.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state (by a click, or once by the address).
    on_change: Callback<bool>,
    /// Its label.
    label: &'static str,
    /// `data-testid` of the checkbox (its error is `<testid>-error`).
    testid: &'static str,
    /// Its name in the address.
    param: &'static str,
) -> impl IntoView {
    let bad = address::param(param).and_then(|raw| {
        match raw.trim() {
            "1" => on_change.run(true),
            "0" => on_change.run(false),
            _ => return Some(raw),
        }
        None
    });
    view! {
        <label class="switch">
            <input type="checkbox" data-testid=testid
                prop:checked=move || checked.get()
                on:change=move |e| {
                    let on = event_target_checked(&e);
                    on_change.run(on);
                    address::set_param(param, Some(if on { "1" } else { "0" }));
                }/>
            " "{label}
        </label>
        {bad.map(|raw| view! {
            <span class="field-error" role="alert" data-testid=format!("{testid}-error")>
                {format!("{param}={raw}: {}", strings::switch_bad_address())}
            </span>
        })}
    }
}
