/* libstdc++ 13 and later export std::ios_base_library_init(), which code compiled by GCC 13 calls to make sure
   the standard streams exist. Older libstdc++ builds them from a static initializer in every unit that includes
   <iostream>, so the call has nothing left to do there. */
void _ZSt21ios_base_library_initv(void) {}
