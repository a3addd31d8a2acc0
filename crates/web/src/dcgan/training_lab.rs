//! Slide 1.34 live: Géron's DCGAN trained in the browser with the shared GAN lab (settings,
//! start / pause / resume, progress, both losses and D's verdicts, the latest fakes, the film
//! strip of fixed codings, the judge's score, save and load), the guideline switches added to
//! its settings.

use leptos::prelude::*;

use super::DcganRun;
use super::switches::DcganSwitchesPanel;
use crate::dense_gan::training_lab::GanTrainingLab;
use crate::strings;

/// The lab: the DCGAN's run is put in context for the shared lab inside it.
#[component]
pub fn DcganTrainingLab() -> impl IntoView {
    let DcganRun(run) = expect_context::<DcganRun>();
    provide_context(run);
    view! {
        <div data-testid="dcgan-lab">
            <GanTrainingLab title=strings::dcgan_train_title() hint=strings::dcgan_settings_hint()
                extra_settings=move || view! { <DcganSwitchesPanel switches=run.switches/> }/>
        </div>
    }
}
