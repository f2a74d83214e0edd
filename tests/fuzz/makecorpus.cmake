# Builds the seed corpora: cmake -DSEEDS_DIR=… -DEXAMPLES_DIR=… -DOUT_DIR=… -P makecorpus.cmake
file(REMOVE_RECURSE ${OUT_DIR})
file(GLOB _targets LIST_DIRECTORIES true ${SEEDS_DIR}/*)
foreach(_dir IN LISTS _targets)
    get_filename_component(_target ${_dir} NAME)
    file(COPY ${_dir}/ DESTINATION ${OUT_DIR}/${_target})
endforeach()

# fuzz_json_decoder reads its first byte as the decoder to use (see fuzz_json_decoder.cpp): 'H' + n picks
# decoder n. Each example goes to the decoder of its endpoint.
function(example_seed pattern selector)
    file(GLOB _files ${EXAMPLES_DIR}/${pattern})
    foreach(_file IN LISTS _files)
        get_filename_component(_name ${_file} NAME)
        file(READ ${_file} _body)
        file(WRITE ${OUT_DIR}/fuzz_json_decoder/example-${selector}-${_name} "${selector}${_body}")
    endforeach()
endfunction()
example_seed("packages-list-*.json" "H")                     # packages
example_seed("packages-get-all-package-versions-*.json" "I") # versions
example_seed("packages-get-package-for-*.json" "J")          # one package
example_seed("packages-get-package-version-*.json" "K")      # one version
example_seed("users-*.json" "L")                             # account
example_seed("orgs-get.*.json" "M")                          # account, organization by default
example_seed("orgs-list-*.json" "N")                         # organizations
example_seed("rate-limit-*.json" "O")                        # rate limit
example_seed("packages-get-package-for-*.json" "P")          # error message (of a non-error body)
