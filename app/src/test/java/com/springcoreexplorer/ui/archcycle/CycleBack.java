package com.springcoreexplorer.ui.archcycle;

import com.springcoreexplorer.ui.archviolation.PanelViewModel;

/** Closes a deliberate package cycle with ui.archviolation for the architecture test. */
public final class CycleBack {
    @Override
    public String toString() {
        return PanelViewModel.class.getSimpleName();
    }
}
