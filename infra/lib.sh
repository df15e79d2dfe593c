# Démarche — what infra/local/run and infra/cluster/run share: the data dir's secrets, the build,
# starting JVMs and waiting for them, and stopping every one of them at the end. Sourced, not run.
#
# The caller sets, before sourcing: ROOT, SCRIPT (its name for messages), DATA_DIR (absolute),
# INFRA_JAR, and defines port_of <instance> for its service instances. It sets INSTANCES (the
# service instances, started in that order) before calling start_instances.
#
# Plain bash 3.2+ (macOS's /bin/bash included), curl, and a JDK.

VERSION=0.1.0-SNAPSHOT
SERVICES=(dashboard intake campaigns outreach)
LOG_DIR="$DATA_DIR/logs"
RUN_DIR="$DATA_DIR/run"
mkdir -p "$LOG_DIR" "$RUN_DIR"

INFRA_TIMEOUT=90
STOP_GRACE=20
# the infrastructure stops its brokers first, which may take up to 30 s before they are killed
INFRA_STOP_GRACE=40
COMMON_JAVA_OPTS="-XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8 -Djava.awt.headless=true"
# The infrastructure JVM runs the SMTP sink and starts the broker JVMs (-Xmx256m each, see LocalInfrastructure).
INFRA_JAVA_OPTS="-Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=32m"

say() { printf '%s\n' "$*"; }
die() { printf '%s: %s\n' "$SCRIPT" "$*" >&2; exit 1; }

command -v java >/dev/null || die "java not found: install a JDK 17 or later"
command -v curl >/dev/null || die "curl not found (used to wait for the health checks)"

# ---------------------------------------------------------------- the data dir's secrets

# One administrator password and one sign-in cookie key per data dir (the services keep their users
# in its databases, and share the key so that one sign-in opens all their pages).
PASSWORD_NOTE=""
export DEMARCHE_ADMIN_USER="${DEMARCHE_ADMIN_USER:-admin}"
if [[ -z "${DEMARCHE_ADMIN_PASSWORD:-}" ]]; then
    password_file="$DATA_DIR/admin-password"
    if [[ ! -s "$password_file" ]]; then
        (umask 077; head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-20 > "$password_file")
        PASSWORD_NOTE="(generated; kept in $password_file)"
    else
        PASSWORD_NOTE="(generated earlier; kept in $password_file)"
    fi
    DEMARCHE_ADMIN_PASSWORD="$(<"$password_file")"
fi
export DEMARCHE_ADMIN_PASSWORD
if [[ -z "${DEMARCHE_LOGIN_COOKIESECRET:-}" ]]; then
    secret_file="$DATA_DIR/login-cookie-secret"
    if [[ ! -s "$secret_file" ]]; then
        (umask 077; head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c1-48 > "$secret_file")
    fi
    DEMARCHE_LOGIN_COOKIESECRET="$(<"$secret_file")"
fi
export DEMARCHE_LOGIN_COOKIESECRET

# ---------------------------------------------------------------- processes and their end

# The pid of every JVM started (or, for the brokers, learnt) here, in PID_<name> ('-' becomes '_').
STARTED=()
INSTANCES=()
INSTANCES_STARTED=""
KAFKA_DIR=""
START_SECONDS=$SECONDS
pid_var() { local name="${1//-/_}"; printf 'PID_%s' "$name"; }
set_pid() { printf -v "$(pid_var "$1")" '%s' "$2"; STARTED+=("$1"); }
pid_of() { local var; var="$(pid_var "$1")"; printf '%s' "${!var:-}"; }
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }
log_of() {              # a broker writes its output in its own directory
    case "$1" in
        broker-*) printf '%s/%s/broker.log' "$KAFKA_DIR" "$1" ;;
        *) printf '%s/%s.log' "$LOG_DIR" "$1" ;;
    esac
}
brokers() { local name; for name in ${STARTED[@]+"${STARTED[@]}"}; do [[ "$name" == broker-* ]] && printf '%s ' "$name"; done; }

stop_processes() {      # stop_processes <grace seconds> <name>...
    local grace=$1 name pid waited=0
    shift
    local pids=()
    for name in "$@"; do
        pid="$(pid_of "$name")"
        if alive "$pid"; then
            kill -TERM "$pid" 2>/dev/null || true
            pids+=("$pid")
        fi
    done
    while ((${#pids[@]})); do
        local still=()
        for pid in "${pids[@]}"; do alive "$pid" && still+=("$pid"); done
        pids=("${still[@]+"${still[@]}"}")
        ((${#pids[@]})) || break
        if ((waited >= grace * 10)); then
            say "Still running after ${grace} s, killing: ${pids[*]}"
            kill -KILL "${pids[@]}" 2>/dev/null || true
            break
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    for name in "$@"; do
        pid="$(pid_of "$name")"
        if [[ -n "$pid" ]]; then
            wait "$pid" 2>/dev/null || true
        fi
        rm -f "$RUN_DIR/$name.pid"
    done
}

cleanup() {
    local status=$?
    trap - EXIT
    trap '' INT TERM
    if ((${#STARTED[@]})); then
        say ""
        if [[ -n "$INSTANCES_STARTED" ]]; then
            say "Stopping the services ..."
            stop_processes "$STOP_GRACE" "${INSTANCES[@]}"
        fi
        say "Stopping the infrastructure ..."
        stop_processes "$INFRA_STOP_GRACE" infra
        # the infrastructure stops its brokers, and a broker stops itself once the infrastructure is
        # gone; this is for a broker that hangs
        # shellcheck disable=SC2046
        stop_processes 15 $(brokers)
        rm -f "$DATA_DIR/infra.env"
        say "Stopped."
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail_with_log() {       # fail_with_log <name> <message>
    local log
    log="$(log_of "$1")"
    printf '\n%s\n---- last lines of %s ----\n' "$2" "$log" >&2
    tail -n 40 "$log" >&2 || true
    printf -- '---- end of %s ----\n' "$log" >&2
    exit 1
}

# ---------------------------------------------------------------- checks and build

refuse_if_running() {   # refuse_if_running <name>...: a stack already runs on this data dir
    local name pid_file old
    for name in "$@"; do
        pid_file="$RUN_DIR/$name.pid"
        if [[ -s "$pid_file" ]]; then
            old="$(<"$pid_file")"
            if alive "$old" && ps -o command= -p "$old" 2>/dev/null | grep -q -- '-exec.jar'; then
                die "a stack already runs on $DATA_DIR ($name is pid $old). Stop it first (Ctrl-C in its terminal, or: kill $old)."
            fi
            rm -f "$pid_file"
        fi
    done
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

refuse_taken_ports() {  # refuse_taken_ports <instance>...
    local name
    for name in "$@"; do
        if port_in_use "$(port_of "$name")"; then
            die "port $(port_of "$name") ($name) is already in use on this machine."
        fi
    done
}

jar_of() { printf 'services/%s/target/%s-%s-exec.jar' "$1" "$1" "$VERSION"; }

# The jars carry the build's reproducible timestamp (project.build.outputTimestamp) as their file time,
# so they cannot tell when they were built: this file, touched after each build here, does.
BUILD_STAMP="infra/local/target/jars-built-by-run-script"

build_if_needed() {
    local jars=("$INFRA_JAR") name jar missing=() stale=""
    for name in "${SERVICES[@]}"; do jars+=("$(jar_of "$name")"); done
    for jar in "${jars[@]}"; do
        [[ -f "$jar" ]] || missing+=("$jar")
    done
    # a source or pom newer than the last build would run yesterday's code: rebuild then too
    if ((${#missing[@]} == 0)); then
        if [[ ! -f "$BUILD_STAMP" ]]; then
            stale="a build by other means (no $BUILD_STAMP)"
        else
            stale="$(find pom.xml shared services infra/local -newer "$BUILD_STAMP" -type f \( -path '*/src/main/*' -o -name pom.xml \) \
                -not -path '*/target/*' -print -quit 2>/dev/null)"
            [[ -z "$stale" ]] || stale="$stale is newer than the jars"
        fi
    fi
    if ((${#missing[@]})) || [[ -n "$stale" || "${DEMARCHE_LOCAL_REBUILD:-0}" == "1" ]]; then
        if ((${#missing[@]})); then
            say "Building (missing: ${missing[*]}) — this takes a few minutes the first time ..."
        else
            say "Rebuilding (${stale:-DEMARCHE_LOCAL_REBUILD=1}) ..."
        fi
        # the end-to-end module has no artifact of its own to build or install
        ./mvnw -B -q -DskipTests package -pl '!e2e'
        for jar in "${jars[@]}"; do
            [[ -f "$jar" ]] || die "the build did not produce $jar"
        done
        touch "$BUILD_STAMP"
    fi
}

# ---------------------------------------------------------------- class data sharing

# A service starts in about half the time when the JVM maps the classes a previous start loaded from
# an archive instead of reading and checking them again (CDS; measured with intake on two cores: 7.8
# against 13.2 s to a refreshed context). Spring Boot's way: the jar extracted, one training start that
# exits once its context is refreshed (-Dspring.context.exit=onRefresh, no Kafka or mail needed, an
# in-memory H2), the archive written at its exit. Made once per build, in services/<name>/target/cds.
# DEMARCHE_LOCAL_CDS=false starts from the jars as they are.

cds_dir() { printf 'services/%s/target/cds' "$1"; }

# prepare_class_data <java options...>: an archive for every service whose jar changed since its own,
# the four training starts side by side; a service whose training fails starts from its jar.
prepare_class_data() {
    [[ "${DEMARCHE_LOCAL_CDS:-true}" != "false" ]] || return 0
    local name jar dir stale=() training=()
    for name in "${SERVICES[@]}"; do
        jar="$(jar_of "$name")" dir="$(cds_dir "$name")"
        if [[ ! -f "$dir/app.jsa" || "$(cksum < "$jar")" != "$(cat "$dir/jar.cksum" 2>/dev/null)" ]]; then
            stale+=("$name")
        fi
    done
    ((${#stale[@]})) || return 0
    say "Preparing the class data archives of ${stale[*]} (once per build, about a minute) ..."
    for name in "${stale[@]}"; do
        jar="$(jar_of "$name")" dir="$(cds_dir "$name")"
        rm -rf "$dir"
        mkdir -p "$dir"
        java -Djarmode=tools -jar "$jar" extract --destination "$dir/app" > "$dir/training.log" 2>&1 || continue
        # shellcheck disable=SC2068
        (cd "$dir/app" && env SERVER_PORT=0 SPRING_KAFKA_BOOTSTRAP_SERVERS=localhost:1 \
            SPRING_DATASOURCE_URL="jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
            SPRING_DATASOURCE_USERNAME=sa SPRING_DATASOURCE_PASSWORD= DEMARCHE_DEMO_ENABLED=false \
            DEMARCHE_ADMIN_PASSWORD=training-only \
            java $@ -XX:ArchiveClassesAtExit=../app.jsa -Dspring.context.exit=onRefresh -jar "$(basename "$jar")" \
            >> ../training.log 2>&1) &
        training+=("$name:$!")
    done
    local entry
    for entry in "${training[@]}"; do
        name="${entry%%:*}" dir="$(cds_dir "$name")"
        if wait "${entry#*:}" && [[ -f "$dir/app.jsa" ]]; then
            cksum < "$(jar_of "$name")" > "$dir/jar.cksum"
        else
            say "No class data archive for $name (see $dir/training.log): it starts from its jar"
            rm -f "$dir/app.jsa"
        fi
    done
}

# launch_args <name>: how java runs the service: from its archive and extracted jar, or from the jar.
# Called after prepare_class_data, which has made every archive match its jar or removed it.
launch_args() {
    local dir jar
    dir="$(cds_dir "$1")" jar="$(jar_of "$1")"
    if [[ "${DEMARCHE_LOCAL_CDS:-true}" != "false" && -f "$dir/app.jsa" ]]; then
        # -Xshare:auto (the default): should the archive not fit this JVM, the classes load as usual
        printf '%s ' "-XX:SharedArchiveFile=$dir/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$dir/app/$(basename "$jar")"
    else
        printf '%s ' -jar "$jar"
    fi
}

# ---------------------------------------------------------------- starting

start_jvm() {           # start_jvm <name> <command...>
    local name=$1 log="$LOG_DIR/$1.log"
    shift
    [[ -f "$log" ]] && mv -f "$log" "$log.1"
    "$@" > "$log" 2>&1 &
    set_pid "$name" $!
    pid_of "$name" > "$RUN_DIR/$name.pid"
}

# Starts the infrastructure JVM (its settings come from the DEMARCHE_LOCAL_* environment), waits for
# its infra.env and reads it into KAFKA_BOOTSTRAP, SMTP_HOST, SMTP_PORT, MAIL_VIEWER_URL, KAFKA_DIR;
# the brokers' pids become broker-1, broker-2, ...
start_infrastructure() {
    rm -f "$DATA_DIR/infra.env"
    # shellcheck disable=SC2086
    start_jvm infra java $INFRA_JAVA_OPTS $COMMON_JAVA_OPTS -jar "$INFRA_JAR"
    local deadline=$((SECONDS + INFRA_TIMEOUT)) key value pids="" pid n=0
    until [[ -f "$DATA_DIR/infra.env" ]]; do
        alive "$(pid_of infra)" || fail_with_log infra "The infrastructure (Kafka, SMTP sink) stopped while starting."
        ((SECONDS < deadline)) || fail_with_log infra "The infrastructure was not ready after ${INFRA_TIMEOUT} s."
        sleep 0.2
    done
    KAFKA_BOOTSTRAP="" SMTP_HOST="" SMTP_PORT="" MAIL_VIEWER_URL=""
    while IFS='=' read -r key value; do
        case "$key" in
            KAFKA_BOOTSTRAP) KAFKA_BOOTSTRAP="$value" ;;
            KAFKA_PIDS) pids="$value" ;;
            KAFKA_DIR) KAFKA_DIR="$value" ;;
            SMTP_HOST) SMTP_HOST="$value" ;;
            SMTP_PORT) SMTP_PORT="$value" ;;
            MAIL_VIEWER_URL) MAIL_VIEWER_URL="$value" ;;
        esac
    done < "$DATA_DIR/infra.env"
    [[ -n "$KAFKA_BOOTSTRAP" && -n "$pids" && -n "$SMTP_PORT" ]] || die "incomplete $DATA_DIR/infra.env"
    for pid in $pids; do
        n=$((n + 1))
        set_pid "broker-$n" "$pid"
    done
    KAFKA_PIDS="$pids"
    say "Infrastructure up after $((SECONDS - START_SECONDS)) s: Kafka $KAFKA_BOOTSTRAP, SMTP $SMTP_HOST:$SMTP_PORT"

    MAIL_ENV=()
    if [[ -n "${SPRING_MAIL_HOST:-}" || -n "${SPRING_MAIL_PORT:-}" ]]; then
        MAIL_TARGET="${SPRING_MAIL_HOST:-localhost}:${SPRING_MAIL_PORT:-25} (from SPRING_MAIL_HOST/SPRING_MAIL_PORT)"
    else
        MAIL_ENV=(SPRING_MAIL_HOST="$SMTP_HOST" SPRING_MAIL_PORT="$SMTP_PORT")
        MAIL_TARGET="the built-in sink, $SMTP_HOST:$SMTP_PORT"
    fi
}

health_status() {       # prints UP, or the status / HTTP code seen
    local body
    body="$(curl -s --max-time 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null)" || { printf 'no answer'; return; }
    if [[ "$body" =~ \"status\":\"([A-Z_]+)\" ]]; then printf '%s' "${BASH_REMATCH[1]}"; else printf 'unexpected answer'; fi
}

# await_up <timeout seconds> <instance>...: each says UP. The timeout counts from SERVICES_START_SECONDS, set
# when the scripts start their first service JVM: a build or the class data archives before it (minutes on
# a first run) must not eat into the services' own time. The "UP after" figures count from the script's start.
await_up() {
    local timeout=$1 up_count=0 name up_var deadline=$((${SERVICES_START_SECONDS:-$SECONDS} + $1))
    shift
    local names=("$@")
    while ((up_count < ${#names[@]})); do
        for name in "${names[@]}"; do
            up_var="UP_${name//-/_}"
            [[ -n "${!up_var:-}" ]] && continue
            alive "$(pid_of "$name")" || fail_with_log "$name" "$name stopped while starting."
            if [[ "$(health_status "$(port_of "$name")")" == UP ]]; then
                printf -v "$up_var" '%s' $((SECONDS - START_SECONDS))
                up_count=$((up_count + 1))
                say "  $name UP after ${!up_var} s"
            fi
        done
        ((up_count < ${#names[@]})) || break
        if ((SECONDS >= deadline)); then
            for name in "${names[@]}"; do
                up_var="UP_${name//-/_}"
                [[ -n "${!up_var:-}" ]] || fail_with_log "$name" "$name was not UP after ${timeout} s (last health: $(health_status "$(port_of "$name")"))."
            done
        fi
        sleep 1
    done
}

stay_in_foreground() {  # until Ctrl-C, or until a JVM dies: then stop the rest
    local name
    while true; do
        for name in "${STARTED[@]}"; do
            alive "$(pid_of "$name")" || fail_with_log "$name" "$name stopped unexpectedly; stopping the rest."
        done
        sleep 1
    done
}
