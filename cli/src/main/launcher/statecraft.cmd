@echo off
rem The statecraft command on Windows: runs statecraft.jar, next to this file, on Java 17 or later
rem (JAVA_HOME's java, else the java on PATH) and passes on its arguments and exit code. Unlike the
rem sh launcher it keeps no class-data sharing archive.
setlocal
set "STATECRAFT_JAR=%~dp0statecraft.jar"
set "STATECRAFT_JAVA=java"
if defined JAVA_HOME set "STATECRAFT_JAVA=%JAVA_HOME%\bin\java.exe"
rem serve and conformance run long and keep the JVM's defaults; the other verbs are over in a second
rem and get the quick compiler alone (see the sh launcher).
set "STATECRAFT_FLAGS=-XX:TieredStopAtLevel=1"
if /i "%~1"=="serve" set "STATECRAFT_FLAGS="
if /i "%~1"=="conformance" set "STATECRAFT_FLAGS="
"%STATECRAFT_JAVA%" %STATECRAFT_FLAGS% -jar "%STATECRAFT_JAR%" %*
exit /b %ERRORLEVEL%
