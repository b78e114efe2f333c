# Settings every target shares: language level, Qt's safety macros and warnings.
add_library(stemma_options INTERFACE)
target_compile_features(stemma_options INTERFACE cxx_std_20)
target_compile_definitions(stemma_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    STEMMA_VERSION="${PROJECT_VERSION}")
target_compile_options(stemma_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual)
