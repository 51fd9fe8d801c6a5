#!/usr/bin/env bash
# tst_package: what `cmake --install` and `cpack -G DEB` make of the build, checked as the
# desktop and Debian see it.
#   check-package.sh BUILD_DIR SOURCE_DIR VPC_MIMETYPE
# Fails (exit 1) with what is wrong; tools that are not installed are said, not skipped
# silently: desktop-file-validate, appstreamcli, update-mime-database, dpkg-shlibdeps are
# in .ci/install-deps; lintian is used when present.
set -euo pipefail
build=$1 source=$2 mimetype=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }
id=io.vpcdesigner.VpcDesigner

# 1. cmake --install into a staging root, as a package would.
DESTDIR="$work/root" cmake --install "$build" --prefix /usr > "$work/install.log"
root=$work/root/usr
for f in bin/vpc-designer share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
  share/mime/packages/$id.xml share/icons/hicolor/scalable/apps/$id.svg share/man/man1/vpc-designer.1.gz \
  share/doc/vpc-designer/copyright share/doc/vpc-designer/README.md share/doc/vpc-designer/cli.md \
  share/doc/vpc-designer/format.md share/doc/vpc-designer/rules.md; do
  [[ -f $root/$f ]] || fail "cmake --install did not install $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png=$root/share/icons/hicolor/${size}x${size}/apps/$id.png
  if [[ ! -f $png ]]; then fail "no ${size}x${size} icon"; continue; fi
  python3 - "$png" "$size" <<'PY' || fail "$png is not a ${size}x${size} PNG"
import struct, sys
data = open(sys.argv[1], "rb").read(24)
w, h = struct.unpack(">II", data[16:24])
sys.exit(0 if data[:8] == b"\x89PNG\r\n\x1a\n" and w == h == int(sys.argv[2]) else 1)
PY
done

# 2. The desktop entry, the AppStream metainfo and the manual page are valid.
desktop-file-validate "$root/share/applications/$id.desktop" || fail "desktop-file-validate refuses the desktop file"
appstreamcli validate --no-net --explain "$root/share/metainfo/$id.metainfo.xml" > "$work/appstream.log" 2>&1 ||
  { cat "$work/appstream.log"; fail "appstreamcli refuses the metainfo"; }
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$root/share/man/man1/vpc-designer.1.gz" 2>&1 >"$work/man.txt" || true)
[[ -z $warnings ]] || fail "man reports: $warnings"
for text in "validate" "peering-cidr-overlap" "vpc-designer: 1" "EXIT CODES" "--selection"; do
  grep -qiF -- "$text" "$work/man.txt" || fail "the manual page lacks '$text'"
done

# 3. The MIME type: a design file is application/x-vpc-design, other YAML is not. One
# database with the system's types, as dpkg's trigger makes it.
cp /usr/share/mime/packages/*.xml "$root/share/mime/packages/"
update-mime-database "$root/share/mime" 2> /dev/null
cat > "$work/design.yaml" <<'YAML'
vpc-designer: 1
name: a design
YAML
cat > "$work/commented.yaml" <<'YAML'
# the network of the shop
vpc-designer: 1
YAML
printf 'key: value\nlist: [1, 2]\n' > "$work/other.yaml"
types=$(XDG_DATA_DIRS="$root/share" "$mimetype" "$work/design.yaml" "$work/commented.yaml" "$work/other.yaml" | tr '\n' ' ')
[[ $types == "application/x-vpc-design application/x-vpc-design application/x-yaml " ]] ||
  fail "MIME types of design, commented design, other YAML: $types"

# 4. The Debian package.
(cd "$build" && cpack -G DEB -B "$work/deb" > "$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/deb/vpc-designer_*.deb 2>/dev/null | head -1)
if [[ -z $deb ]]; then
  fail "cpack made no vpc-designer_*.deb"
else
  field() { dpkg-deb -f "$deb" "$1"; }
  [[ $(field Package) == vpc-designer ]] || fail "Package: $(field Package)"
  [[ $(field Architecture) == "$(dpkg --print-architecture)" ]] || fail "Architecture: $(field Architecture)"
  [[ -n $(field Maintainer) && -n $(field Version) && -n $(field Description) ]] || fail "Maintainer, Version or Description missing"
  depends=$(field Depends)
  for d in libqt6widgets6 libqt6gui6 libqt6core6 libyaml-cpp0.7 libqcustomplot2.1-qt6 libc6 qt6-qpa-plugins libqt6svg6 fonts-dejavu-core; do
    [[ $depends == *"$d"* ]] || fail "Depends lacks $d (computed by dpkg-shlibdeps or named): $depends"
  done
  dpkg-deb -c "$deb" | awk '{print $6}' > "$work/files"
  for f in ./usr/bin/vpc-designer ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml \
    ./usr/share/mime/packages/$id.xml ./usr/share/icons/hicolor/48x48/apps/$id.png ./usr/share/man/man1/vpc-designer.1.gz \
    ./usr/share/doc/vpc-designer/copyright ./usr/share/doc/vpc-designer/changelog.gz; do
    grep -qxF "$f" "$work/files" || fail "the package lacks $f"
  done
  if grep -v '^\./usr/' "$work/files" | grep -qv '^\./$'; then fail "files outside /usr: $(grep -v '^\./usr/' "$work/files" | head -3)"; fi
  # What was packed runs: the version and a headless subcommand.
  dpkg-deb -x "$deb" "$work/unpacked"
  "$work/unpacked/usr/bin/vpc-designer" --version | grep -q "$(field Version)" || fail "the packed binary's --version"
  "$work/unpacked/usr/bin/vpc-designer" rules --format json | grep -q '"peering-cidr-overlap"' || fail "the packed binary's rules"
  if command -v lintian > /dev/null; then
    lintian --tag-display-limit 0 "$deb" > "$work/lintian.log" 2>&1 || true
    if grep -q '^E:' "$work/lintian.log"; then grep '^E:' "$work/lintian.log"; fail "lintian reports errors"; fi
    echo "lintian: $(grep -c '^W:' "$work/lintian.log" || true) warnings, no error"
  else
    echo "lintian is not installed: its check is left out"
  fi
  echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes; Depends: $depends"
fi
exit $failed
