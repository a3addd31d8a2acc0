//! The app shell: engine context, header (site, engine progress, backend badge), table of
//! contents, routes, footer and the ← / → keyboard navigation.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::engine::Engine;
use crate::i18n::{Language, LanguageSwitch};
use crate::pages::{
    diagnostics::DiagnosticsPage, lesson::LessonPage, lesson::StartPage, not_found::NotFound,
};
use crate::strings;
use crate::widgets::address_notes::AddressNotes;
use crate::widgets::engine_restarted::EngineRestarted;
use crate::widgets::offline::{Offline, OfflineStatus};
use crate::widgets::presenter::{Presenter, PresenterButtons};
use crate::widgets::{
    backend_badge::BackendBadge, engine_progress::EngineProgress, keyboard_nav::KeyboardNav,
    toc::Toc,
};

/// The whole site.
#[component]
pub fn App() -> impl IntoView {
    let engine = Engine::start();
    provide_context(engine);
    // Each model family's run, registered with the engine.
    for family in &crate::families::FAMILIES {
        (family.provide)(engine);
    }
    let language = Language::provide();
    Presenter::provide();
    Offline::provide();
    let menu_open = RwSignal::new(false);
    // A new language redraws every page; runs, data and the engine live above and carry on.
    move || {
        language.get();
        view! {
        <Router>
            <KeyboardNav/>
            <a class="skip-link" href="#contenido" on:click=skip_to_content>{strings::skip_to_content()}</a>
            <header class="site-header">
                <button class="menu-button" on:click=move |_| menu_open.update(|o| *o = !*o)
                    aria-label=strings::menu()>"☰"</button>
                <a class="brand" href="/">
                    <span class="brand-name">{strings::site()}</span>
                    <span class="brand-sub">{strings::subtitle()}</span>
                </a>
                <div class="header-status">
                    <PresenterButtons/>
                    <LanguageSwitch/>
                    <EngineProgress/>
                    <BackendBadge/>
                </div>
            </header>
            <div class="layout">
                <nav class="sidebar" class:open=move || menu_open.get() on:click=move |_| menu_open.set(false)>
                    <Toc/>
                </nav>
                <main class="content" id="contenido" tabindex="-1">
                    <AddressNotes/>
                    <EngineRestarted/>
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=StartPage/>
                        <Route path=path!("/seccion/:slug") view=LessonPage/>
                        <Route path=path!("/diagnostico") view=DiagnosticsPage/>
                    </Routes>
                </main>
            </div>
            <footer class="site-footer">
                <span>{strings::footer()}</span>
                <OfflineStatus/>
                <a href="/diagnostico">{strings::diag_link()}</a>
            </footer>
        </Router>
        }
    }
}

/// The skip link's target gets the focus (the router would otherwise take the click).
fn skip_to_content(event: web_sys::MouseEvent) {
    use wasm_bindgen::JsCast;
    event.prevent_default();
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("contenido"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
