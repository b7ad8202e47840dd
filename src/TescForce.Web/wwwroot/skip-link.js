// The skip link (Layout/SkipLink.razor) moves the keyboard focus to the main content, not only the scroll position.
document.addEventListener('click', event => {
    if (event.target instanceof Element && event.target.closest('a.skip-link')) {
        document.getElementById('main-content')?.focus();
    }
});
