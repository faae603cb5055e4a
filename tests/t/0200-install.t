#!/bin/sh
# make install and uninstall honour PREFIX and DESTDIR, and an installed
# tool finds its data beside it with no MH_DATADIR.
. "$MH_SRC/tests/t/lib.sh"
plan 6
d="$TMP/dest"
make -s -C "$MH_SRC" BUILD="$MH_BUILD" install DESTDIR="$d" PREFIX=/opt/mh \
    >"$TMP/log" 2>&1
is "install exits 0" "$?" 0
ok "man pages installed by section" test -f "$d/opt/mh/share/man/man7/mh.7" \
    -a -f "$d/opt/mh/share/man/man5/mh-jsonl.5"
tools=$(cd "$MH_BUILD/bin" 2>/dev/null && ls)
n=0
for t in $tools; do [ -x "$d/opt/mh/bin/$t" ] && n=$((n + 1)); done
is "every built tool installed" "$n" "$(echo $tools | wc -w)"
ok "data files installed" test -d "$d/opt/mh/share/mh"
# An installed tool finds data beside it: a file only the install has.
if [ -n "$tools" ]; then
	t=$(echo $tools | cut -d' ' -f1)
	echo probe >"$d/opt/mh/share/mh/.probe"
	got=$(env -u MH_DATADIR "$d/opt/mh/bin/$t" --version 2>&1)
	like "installed $t runs" "$got" "^$t "
else
	_res 0 "installed tool runs # skip no tools built"
fi
make -s -C "$MH_SRC" BUILD="$MH_BUILD" uninstall DESTDIR="$d" \
    PREFIX=/opt/mh >>"$TMP/log" 2>&1
left=$(find "$d" -type f | wc -l)
is "uninstall removes every file" "$left" 0
