@echo off
rem Starts Civitas Portfolio Studio on Windows.
rem
rem   civitas.cmd [-data <workspace folder>] [other Eclipse options...]   the workbench
rem   civitas.cmd COMMAND [arguments...]   the command line (civitas.cmd help lists the commands)
rem
rem Without -data the workspace is %USERPROFILE%\civitas-workspace. Java 17 or newer is taken
rem from %CIVITAS_JAVA%, then %JAVA_HOME%, then the PATH. Extra JVM options go in
rem %CIVITAS_VM_ARGS% (for example set CIVITAS_VM_ARGS=-Xmx6g for very large portfolios).
setlocal EnableExtensions
set "CIVITAS_HOME=%~dp0"

set "JAVA_EXE="
if defined CIVITAS_JAVA set "JAVA_EXE=%CIVITAS_JAVA%"
if not defined JAVA_EXE if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE goto no_java
if not exist "%JAVA_EXE%" goto no_java

set "JAVA_SPEC="
for /f "tokens=2 delims==" %%V in ('call "%JAVA_EXE%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "JAVA_SPEC=%%V"
if not defined JAVA_SPEC goto no_java
set "JAVA_SPEC=%JAVA_SPEC: =%"
for /f "tokens=1 delims=." %%M in ("%JAVA_SPEC%") do set "JAVA_MAJOR=%%M"
if %JAVA_MAJOR% LSS 17 goto no_java

rem Libraries that log through Log4j's API (POI, PDFBox) get its simple logger, switched off.
set "QUIET_LIBRARY_LOGGING=-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dorg.apache.logging.log4j.simplelog.level=OFF -Dslf4j.internal.verbosity=ERROR"

set "LAUNCHER="
for %%L in ("%CIVITAS_HOME%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo civitas: the product in %CIVITAS_HOME% is incomplete: plugins\org.eclipse.equinox.launcher_*.jar is missing. 1>&2
  exit /b 1
)

rem Workbench options start with one dash (-data, -clean, -nl...); anything else is a command,
rem a misspelt one included, so that the command line can say so.
set "FIRST=%~1"
if not defined FIRST goto workbench
if /i "%FIRST%"=="-version" goto command_line_long_option
if /i "%FIRST%"=="-help" goto command_line_long_option
if "%FIRST:~0,2%"=="--" goto command_line
if "%FIRST%"=="-h" goto command_line
if "%FIRST%"=="-V" goto command_line
if "%FIRST:~0,1%"=="-" goto workbench
goto command_line

:workbench

set "WORKSPACE_ARGS=-data "%USERPROFILE%\civitas-workspace""
for %%A in (%*) do if /i "%%~A"=="-data" set "WORKSPACE_ARGS="

rem The optimizing compiler waits longer than usual, so that it does not compete with the
rem workbench being built at start-up (see the civitas script and docs/measurements.md).
rem civitas.launcher: this script, which sharing a project names as Git's merge and diff driver.
rem Exit code 23 asks for a restart (after Install New Software, for example): without Eclipse's
rem native launcher, this script is the launcher.
:start_workbench
"%JAVA_EXE%" -Xms256m -Xmx2g %QUIET_LIBRARY_LOGGING% -XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=50000 -XX:Tier4CompileThreshold=110000 -XX:Tier4BackEdgeThreshold=400000 %CIVITAS_VM_ARGS% "-Dcivitas.launcher=%CIVITAS_HOME%civitas.cmd" -jar "%LAUNCHER%" %WORKSPACE_ARGS% %*
if %ERRORLEVEL%==23 goto start_workbench
exit /b %ERRORLEVEL%

:command_line_long_option
rem -version and -help as the GNU spelling --version and --help.
"%JAVA_EXE%" -Xms256m -Xmx2g -XX:+UseSerialGC -Djava.awt.headless=true %QUIET_LIBRARY_LOGGING% %CIVITAS_VM_ARGS% -jar "%LAUNCHER%" -application org.civitas.cli.application -data @none -nosplash -consoleLog -%FIRST%
exit /b %ERRORLEVEL%

:command_line
rem Git runs merge and diff once per changed file: the quick compiler alone serves them better.
set "GIT_DRIVER_COMPILATION="
if /i "%~1"=="merge" set "GIT_DRIVER_COMPILATION=-XX:TieredStopAtLevel=1"
if /i "%~1"=="diff" set "GIT_DRIVER_COMPILATION=-XX:TieredStopAtLevel=1"
rem civitas.launcher: this script, which git-setup names as Git's merge and diff driver.
"%JAVA_EXE%" -Xms256m -Xmx2g -XX:+UseSerialGC %GIT_DRIVER_COMPILATION% -Djava.awt.headless=true %QUIET_LIBRARY_LOGGING% %CIVITAS_VM_ARGS% "-Dcivitas.launcher=%CIVITAS_HOME%civitas.cmd" -jar "%LAUNCHER%" -application org.civitas.cli.application -data @none -nosplash -consoleLog %*
exit /b %ERRORLEVEL%

:no_java
echo civitas: Java 17 or newer is needed and was not found. 1>&2
echo   Looked at %%CIVITAS_JAVA%%, %%JAVA_HOME%% and the PATH. Install one, or set CIVITAS_JAVA to its java.exe. 1>&2
exit /b 1
