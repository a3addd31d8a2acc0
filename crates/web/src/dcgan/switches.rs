//! The five DCGAN guidelines of slide 1.34 as switches, freely combined: each one a field of
//! the run's settings (and so of the core's DCGAN config). Géron's model is the default; the
//! page says where he departs from the guidelines (dropout instead of batch normalisation in D).
//! Each switch also lives in the page's address (`?g_bn=0&d_bn=1`), so a shared link opens
//! with the same combination.

use generativa_protocol::dcgan::{DcganActivation, DcganSwitches};
use leptos::prelude::*;

use crate::strings;
use crate::widgets::address;
use crate::widgets::switch::AddressSwitch;

/// The address parameter of every switch, in the panel's order.
const PARAMS: [&str; 8] = [
    "g_transposed",
    "d_strided",
    "g_bn",
    "d_bn",
    "g_relu",
    "d_leaky",
    "no_dense",
    "dropout",
];

/// One on/off switch bound to a field of the switches.
#[component]
fn Switch(
    switches: RwSignal<Option<DcganSwitches>>,
    label: &'static str,
    testid: &'static str,
    /// Its name in the address: `1` on, `0` off.
    param: &'static str,
    get: fn(&DcganSwitches) -> bool,
    set: fn(&mut DcganSwitches, bool),
) -> impl IntoView {
    view! {
        <AddressSwitch label testid param
            checked=Signal::derive(move || switches.with(|s| s.as_ref().is_some_and(get)))
            on_change=Callback::new(move |on| {
                switches.update(|s| set(s.get_or_insert_with(DcganSwitches::default), on))
            })/>
    }
}

/// The panel.
#[component]
pub fn DcganSwitchesPanel(switches: RwSignal<Option<DcganSwitches>>) -> impl IntoView {
    let geron = move || switches.get() == Some(DcganSwitches::default());
    view! {
        <fieldset class="switches" data-testid="dcgan-switches">
            <legend>{strings::dcgan_switches()}</legend>
            <Switch switches label=strings::dcgan_g_transposed() testid="dcgan-g-transposed" param="g_transposed"
                get=|s| s.generator_transposed set=|s, v| s.generator_transposed = v/>
            <Switch switches label=strings::dcgan_d_strided() testid="dcgan-d-strided" param="d_strided"
                get=|s| s.discriminator_strided set=|s, v| s.discriminator_strided = v/>
            <Switch switches label=strings::dcgan_g_bn() testid="dcgan-g-bn" param="g_bn"
                get=|s| s.generator_batch_norm set=|s, v| s.generator_batch_norm = v/>
            <Switch switches label=strings::dcgan_d_bn() testid="dcgan-d-bn" param="d_bn"
                get=|s| s.discriminator_batch_norm set=|s, v| s.discriminator_batch_norm = v/>
            <Switch switches label=strings::dcgan_g_relu() testid="dcgan-g-relu" param="g_relu"
                get=|s| s.generator_activation == DcganActivation::Relu
                set=|s, v| s.generator_activation = if v { DcganActivation::Relu } else { DcganActivation::LeakyRelu }/>
            <Switch switches label=strings::dcgan_d_leaky() testid="dcgan-d-leaky" param="d_leaky"
                get=|s| s.discriminator_activation == DcganActivation::LeakyRelu
                set=|s, v| s.discriminator_activation = if v { DcganActivation::LeakyRelu } else { DcganActivation::Relu }/>
            <Switch switches label=strings::dcgan_no_dense() testid="dcgan-no-dense" param="no_dense"
                get=|s| s.dense_hidden == 0
                set=|s, v| s.dense_hidden = if v { 0 } else { 128 }/>
            <Switch switches label=strings::dcgan_dropout() testid="dcgan-dropout" param="dropout"
                get={|s| s.dropout > 0.0}
                set=|s, v| s.dropout = if v { 0.4 } else { 0.0 }/>
            <p class="hint" data-testid="dcgan-switches-state">
                {move || if geron() { strings::dcgan_is_geron() } else { strings::dcgan_is_variant() }}
            </p>
            <button type="button" class="secondary" data-testid="dcgan-geron"
                disabled=geron on:click=move |_| {
                    switches.set(Some(DcganSwitches::default()));
                    for param in PARAMS {
                        address::set_param(param, None);
                    }
                }>
                {strings::dcgan_back_to_geron()}
            </button>
        </fieldset>
    }
}
