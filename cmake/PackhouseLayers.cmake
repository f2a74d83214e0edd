# The layer guard, in one place: core → models → ui → app, one direction only. Configuring fails when a layer's
# library links a layer above it (or, for core and models, the Qt modules those layers exist to keep out).
# tests/check-layers.sh checks the same rules in the sources (includes) as a test.
function(packhouse_check_layers)
    set(_rules
        "packhouse_core:Qt6::Gui,Qt6::Widgets,packhouse_models,packhouse_ui,packhouse_apptools"
        "packhouse_models:Qt6::Widgets,packhouse_ui,packhouse_apptools"
        "packhouse_ui:packhouse_apptools")
    foreach(_rule IN LISTS _rules)
        string(REPLACE ":" ";" _parts "${_rule}")
        list(GET _parts 0 _layer)
        list(GET _parts 1 _forbidden)
        string(REPLACE "," ";" _forbidden "${_forbidden}")
        get_target_property(_links ${_layer} LINK_LIBRARIES)
        foreach(_target IN LISTS _forbidden)
            if(_target IN_LIST _links)
                message(FATAL_ERROR "${_layer} must not link ${_target}: core → models → ui → app, one direction only")
            endif()
        endforeach()
    endforeach()
endfunction()
