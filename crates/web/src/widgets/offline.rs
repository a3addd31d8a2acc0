//! The site without network: once the engine has started (so its download never competes
//! with the service worker's), registers `sw.js`, which keeps this build's files; the footer
//! then says the site works offline. When a newer build has been fetched in the background,
//! a bar offers it; the page changes build only when asked (then it reloads whole, so a page
//! and an engine of different builds never meet).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use crate::engine::{EngineStatus, use_engine};
use crate::strings;

/// What the page knows of its service worker, in context.
#[derive(Clone, Copy)]
pub struct Offline {
    /// The page is served by the worker: a reload works without network.
    ready: RwSignal<bool>,
    /// A newer build is installed and waiting.
    update: RwSignal<bool>,
    /// The student asked for the newer build (its arrival reloads the page).
    switching: StoredValue<bool>,
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent where service workers are not allowed (plain http on another host, some
    // private modes): the site then simply needs the network, as before.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()?
        .then(|| navigator.service_worker())
}

impl Offline {
    /// Provides the state and registers the worker when the engine is up.
    pub fn provide() -> Self {
        let offline = Offline {
            ready: RwSignal::new(false),
            update: RwSignal::new(false),
            switching: StoredValue::new(false),
        };
        provide_context(offline);
        let engine = use_engine();
        let registered = StoredValue::new(false);
        Effect::new(move |_| {
            let settled = engine
                .status
                .with(|s| matches!(s, EngineStatus::Ready | EngineStatus::Failed(_)));
            if settled && !registered.get_value() {
                registered.set_value(true);
                offline.register();
            }
        });
        offline
    }

    fn register(self) {
        let Some(container) = container() else {
            return;
        };
        let on_change = Closure::<dyn FnMut()>::new(move || {
            if self.switching.try_get_value().unwrap_or(false) {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            } else {
                let _ = self.ready.try_set(true);
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(registration) = JsFuture::from(container.register("/sw.js")).await else {
                return;
            };
            // A browser that refuses workers may answer with nothing at all.
            let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            if container.controller().is_some() {
                let _ = self.ready.try_set(true);
                if registration.waiting().is_some() {
                    let _ = self.update.try_set(true);
                }
            }
            let watched = registration.clone();
            let on_found = Closure::<dyn FnMut()>::new(move || {
                let Some(installing) = watched.installing() else {
                    return;
                };
                let worker = installing.clone();
                let on_state = Closure::<dyn FnMut()>::new(move || {
                    let installed = worker.state() == ServiceWorkerState::Installed;
                    let controlled = container_controlled();
                    if installed && controlled {
                        let _ = self.update.try_set(true);
                    }
                });
                installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            });
            registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
            on_found.forget();
        });
    }

    /// Moves to the waiting build (the page reloads when it takes over).
    fn apply_update(self) {
        self.switching.set_value(true);
        wasm_bindgen_futures::spawn_local(async move {
            let Some(container) = container() else {
                return;
            };
            let Ok(registration) = JsFuture::from(container.get_registration()).await else {
                return;
            };
            let Some(registration) = registration.dyn_into::<ServiceWorkerRegistration>().ok()
            else {
                return;
            };
            match registration.waiting() {
                Some(worker) => {
                    let _ = worker.post_message(&"generativa-update".into());
                }
                None => {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                }
            }
        });
    }
}

fn container_controlled() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// The footer's note and, when a newer build waits, the bar that offers it.
#[component]
pub fn OfflineStatus() -> impl IntoView {
    let offline: Offline = expect_context();
    view! {
        {move || offline.ready.get().then(|| view! {
            <span class="offline-ready" data-testid="offline-ready">{strings::offline_ready()}</span>
        })}
        {move || offline.update.get().then(|| view! {
            <div class="update-bar" role="status" data-testid="update-ready">
                <span>{strings::update_ready()}</span>
                <button type="button" data-testid="update-apply" on:click=move |_| offline.apply_update()>
                    {strings::update_apply()}
                </button>
            </div>
        })}
    }
}
