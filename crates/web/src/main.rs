//! Generativa's page: mounts the app. Everything else lives in `app` and its pages.

mod app;
mod dcgan;
mod dense_gan;
mod engine;
mod families;
mod format;
mod i18n;
mod lecture;
mod pages;
mod progan;
mod shipped;
mod strings;
mod toy;
mod training_run;
mod vae;
mod widgets;
mod wording;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
